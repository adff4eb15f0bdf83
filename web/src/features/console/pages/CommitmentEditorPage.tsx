export function CommitmentEditorPage({ planSlug, reference }: { planSlug: string; reference: string }) {
  return (
    <h1>
      {planSlug} {reference}
    </h1>
  );
}
