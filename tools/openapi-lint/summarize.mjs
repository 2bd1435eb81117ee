// Counts Spectral's JSON findings by severity and rule; exits 1 when errors exceed the allowed number.
import { readFileSync } from "node:fs";

const [findingsFile, allowedFile] = process.argv.slice(2);
const findings = JSON.parse(readFileSync(findingsFile, "utf8"));
const allowed = Number(readFileSync(allowedFile, "utf8").trim());
const severities = ["error", "warning", "info", "hint"];
const perRule = new Map();
for (const finding of findings) {
  const key = `${severities[finding.severity]} ${finding.code}`;
  perRule.set(key, (perRule.get(key) ?? 0) + 1);
}
const errors = findings.filter((finding) => finding.severity === 0).length;
const warnings = findings.filter((finding) => finding.severity === 1).length;
console.log(`[openapi-lint] ${errors} errors (at most ${allowed} allowed), ${warnings} warnings; per rule:`);
[...perRule.entries()].sort((a, b) => b[1] - a[1]).forEach(([rule, count]) => console.log(`    ${count} ${rule}`));
if (errors > allowed) {
  console.error(`[openapi-lint] FAILED: more errors than the ${allowed} allowed; see tools/openapi-lint/target/openapi-lint.json`);
  process.exit(1);
}
