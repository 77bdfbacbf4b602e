import fs from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('electron-builder.yml', () => {
  const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

  it("validates against electron-builder's own JSON schema", () => {
    const schema = require('app-builder-lib/scheme.json') as object;
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a typo in a key would fail the schema check', () => {
    const schema = require('app-builder-lib/scheme.json') as object;
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate({ ...config, asarUnpak: ['x'] })).toBe(false);
  });

  it('ships installers for Windows, macOS and Linux and unpacks the native module', () => {
    expect(config.win).toMatchObject({ target: expect.arrayContaining(['nsis', 'msi']) });
    expect(config.mac).toMatchObject({ target: expect.arrayContaining(['dmg']) });
    expect(config.linux).toMatchObject({ target: expect.arrayContaining(['AppImage', 'deb']) });
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3')]));
  });

  it('sets the Electron fuses that close run-as-node, NODE_OPTIONS and inspect', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
