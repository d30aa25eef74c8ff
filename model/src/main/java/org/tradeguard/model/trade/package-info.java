/**
 * Trade vocabulary for export-control and sanctions decisions: a proposed {@link
 * org.tradeguard.model.trade.Transaction} (parties with roles, items, route, end use, red-flag
 * answers, references to licences and end-user certificates), the registries' records ({@link
 * org.tradeguard.model.trade.Licence}, {@link org.tradeguard.model.trade.Euc}) and the outcome: a
 * sealed {@link org.tradeguard.model.trade.Decision} carrying {@link
 * org.tradeguard.model.trade.Reason}s, inside an {@link org.tradeguard.model.trade.Assessment} that
 * records the data versions it was computed from. All immutable; codes are stable strings.
 */
package org.tradeguard.model.trade;
