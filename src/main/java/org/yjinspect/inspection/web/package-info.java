/** The inspection part of the JSON API: create, list, show, delete (never a published one). */
package org.yjinspect.inspection.web;
