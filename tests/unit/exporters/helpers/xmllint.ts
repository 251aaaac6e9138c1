import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_XSD = join(import.meta.dirname, '../../../fixtures/conformance/refi-qda/Project.xsd');

/** Validates an XML document with xmllint against an XSD; returns xmllint's complaints, or [] when valid. */
export function xsdErrors(xml: Uint8Array, xsd = PROJECT_XSD): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'qde-'));
  try {
    const file = join(dir, 'project.qde');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' });
    return [];
  } catch (err) {
    const e = err as { status?: number; stderr?: Buffer };
    if (e.status === undefined) throw err; // xmllint missing: a failure, not a pass
    return String(e.stderr).split('\n').filter((l) => l && !l.endsWith('validates'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
