/**
 * Accounts, roles and who may do what. {@link
 * org.contenthub.web.security.HubAuthenticationMechanism} establishes the caller (session or HTTP
 * Basic); {@link org.contenthub.web.security.RoleCheckFilter} enforces the roles every endpoint
 * declares; {@link org.contenthub.web.security.CsrfFilter} guards forms.
 */
package org.contenthub.web.security;
