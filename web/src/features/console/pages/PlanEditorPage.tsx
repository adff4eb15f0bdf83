export function PlanEditorPage({ planSlug }: { planSlug: string }) {
  return <h1>{planSlug}</h1>;
}
