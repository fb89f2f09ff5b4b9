import { findingsFrom, onUntrimmed, redactAll, redactOne } from './findings';

describe('personal-data findings', () => {
  const body = 'Case LEB-13C12345 lives near Halba, call ٠٣-١٢٣٤٥٦ after 5.';
  const hints = [
    { field: 'input.body', kind: 'UNHCR_CASE_NUMBER', start: 5, end: 17 },
    { field: 'input.body', kind: 'PHONE_LEBANON', start: body.indexOf('٠٣'), end: body.indexOf('٠٣') + 9 },
  ];

  it('ties the API hints to the text sent and drops those that do not fit', () => {
    const findings = findingsFrom([...hints, { field: 'input.body', kind: 'EMAIL', start: 90, end: 95 }, { field: 'input.title', kind: 'EMAIL', start: 0, end: 2 }], { body });
    expect(findings.map((f) => [f.field, f.kind, f.text])).toEqual([
      ['body', 'UNHCR_CASE_NUMBER', 'LEB-13C12345'],
      ['body', 'PHONE_LEBANON', '٠٣-١٢٣٤٥٦'],
    ]);
  });

  it('redacts one finding in place and keeps the others pointing at their text', () => {
    const findings = findingsFrom(hints, { body });
    const first = redactOne(body, findings[0], findings, 'en');
    expect(first.value).toBe('Case [case number removed] lives near Halba, call ٠٣-١٢٣٤٥٦ after 5.');
    const second = redactOne(first.value, first.findings[0], first.findings, 'ar');
    expect(second.value).toBe('Case [case number removed] lives near Halba, call [تم حذف رقم الهاتف] after 5.');
    expect(second.findings).toEqual([]);
  });

  it('redacts all findings in the author’s language, skipping those edited since', () => {
    const findings = findingsFrom(hints, { body });
    expect(redactAll({ body }, findings, 'fr')).toEqual({ body: 'Case [numéro de dossier supprimé] lives near Halba, call [numéro de téléphone supprimé] after 5.' });
    const edited = body.replace('LEB-13C12345', 'the family');
    // Both findings are stale after the edit (the text moved): nothing is replaced blindly.
    expect(redactAll({ body: edited }, findings, 'en').body).toBe(edited);
  });

  it('moves findings on trimmed text onto the untrimmed value the author sees', () => {
    const shown = '  \n' + body + '  ';
    const findings = findingsFrom(hints, { body: shown.trim() });
    const moved = onUntrimmed(findings, { body: shown });
    expect(moved.map((f) => shown.slice(f.start, f.end))).toEqual(['LEB-13C12345', '٠٣-١٢٣٤٥٦']);
    // Untrimmed already (nothing to move), and findings that fit neither are dropped.
    expect(onUntrimmed(findings, { body })).toEqual(findings);
    expect(onUntrimmed(findings, { body: 'something else entirely, much longer than before' })).toEqual([]);
  });
});
