/** The qualitative evidence part of the JSON API (organisational delivery, 3.4 and 4.1 in 2021). */
package org.yjinspect.organisation.web;
