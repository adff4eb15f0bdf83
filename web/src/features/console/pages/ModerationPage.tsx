export function ModerationPage() {
  return <h1>ModerationPage</h1>;
}
