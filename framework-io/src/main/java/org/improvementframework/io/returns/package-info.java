/**
 * What the readers of the DfE's statutory returns share (dates as the returns write them), and,
 * in sub-packages, the readers of the SSDA903 return, the Children in need census and the
 * children's social work workforce census.
 */
package org.improvementframework.io.returns;
