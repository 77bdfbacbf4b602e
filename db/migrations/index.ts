// The explicit registry of schema migrations, in order. A new migration is a
// new numbered file plus one line here; never edit one that has shipped.
import { migration0010 } from './0010-initial';
import { migration0020 } from './0020-import-history';
import { migration0030 } from './0030-device-overrides';
import { migration0040 } from './0040-plan';
import { migration0050 } from './0050-inventory-search-history';
import { migration0060 } from './0060-device-type-index';
import { migration0070 } from './0070-lighter-search-index';
import { migration0080 } from './0080-override-device-index';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0080];

export const latestVersion = migrations[migrations.length - 1].version;
