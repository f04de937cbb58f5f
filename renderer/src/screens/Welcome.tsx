export function Welcome({ onStart, onSample }: { onStart(): void; onSample(): void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-h">
      <img src="./icon.svg" alt="" width={72} height={72} />
      <h1 id="welcome-h">Welcome to Pathwise</h1>
      <p className="lead">
        Answer a few questions and Pathwise recommends TensorFlow or PyTorch — with reasons you can check — then plans real courses, docs and certificates
        around your week. Everything stays on this computer.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onStart}>
          Start planning
        </button>
        <button type="button" onClick={onSample}>
          Explore a sample goal
        </button>
      </div>
    </section>
  );
}
