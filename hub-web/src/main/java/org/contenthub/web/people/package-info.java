/**
 * The people of the hub as themselves: their consent to measurement and what their contributions
 * yielded, visible to themselves. (Ambassador inventories and expertise profiles follow with their
 * issue.)
 */
package org.contenthub.web.people;
