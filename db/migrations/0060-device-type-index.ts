import type { Migration } from './types';

// The inventory grid filtered by device type (cameras, recorders) counted and
// sorted by reading every device row: at 100,000 devices a page of cameras
// sorted by install date took ~130-170 ms (bench, issue 10). An index on
// (type, install_date) answers the count from the index alone and serves the
// install-date sort within a type: ~10 ms. tests/db/query-plans.test.ts checks it.
export const migration0060: Migration = {
  version: 60,
  name: 'device-type-index',
  up(db) {
    db.exec('CREATE INDEX devices_type_install_date ON devices(type, install_date)');
  },
};
