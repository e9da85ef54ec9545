/**
 * A streaming reader of the Children in need census XML (StAX from the JDK, DTDs and external
 * entities disabled), and its mapping to the case records of
 * {@code org.improvementframework.model.casework}: referrals, section 47 enquiries and initial
 * child protection conferences.
 */
package org.improvementframework.io.returns.cin;
