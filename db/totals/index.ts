export * from './dashboard';
export * from './totals';
export * from './ranking';
export { getDeliveryByDonor, getDonorDelivery, type CategoryDelivery, type DonorDelivery } from './delivery';
export { listUndatedPledges, UNDATED_PAGE_SIZE, type UndatedList, type UndatedRow } from './undated-list';
export { getAnnualView } from './years';
