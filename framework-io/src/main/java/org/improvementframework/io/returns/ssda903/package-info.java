/**
 * Readers of the SSDA903 return on looked-after children as councils submit it: one CSV file per
 * table (Header, Episodes, UASC, Reviews, AD1, PlacedAdoption, PrevPerm, OC2, OC3, Missing and
 * SocialWorker), column names as in the DfE's technical specification, and the mapping of the
 * return to the case records of {@code org.improvementframework.model.casework}. Problems and
 * warnings name the file, row and column, never a child's id, a date or a postcode.
 */
package org.improvementframework.io.returns.ssda903;
