export function ReportEditorPage({ reportSlug }: { reportSlug: string }) {
  return <h1>{reportSlug}</h1>;
}
