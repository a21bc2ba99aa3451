/** Plain-text output of ratings, laid out like a published report's ratings page. */
package org.yjinspect.rating.text;
