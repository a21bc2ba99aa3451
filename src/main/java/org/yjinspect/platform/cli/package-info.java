/** What every data command shares: the database options (a picocli mixin) and opening/closing the application. */
package org.yjinspect.platform.cli;
