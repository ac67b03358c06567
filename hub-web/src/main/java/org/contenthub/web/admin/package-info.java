/** Administration of the hub, and the demo content of a fictional company for a first start. */
package org.contenthub.web.admin;
