export default function HowItWorks() {
  return (
    <section className="how-it-works">
      <h2>Here's how it works:</h2>
      <ol>
        <li>Connect your bank account.</li>
        <li>Pick the categories you want to track.</li>
        <li>Get a weekly report in your inbox.</li>
      </ol>
      <p>Note: you can disconnect your account at any time in Settings.</p>
    </section>
  );
}
