/**
 * The public contribution page of a domain ({@code contribute/transact.xhtml?id=}), open to visitors
 * without a login on the domain's own host; the rules are {@code contributionpage.ContributionPageService}'s.
 */
package org.multisitecrm.web.contribute;
