/** The inspection document over HTTP: its download (page and API) and its import (API). */
package org.yjinspect.transfer.web;
