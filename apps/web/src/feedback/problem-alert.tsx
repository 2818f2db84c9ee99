interface ProblemAlertProps {
  title: string;
  detail?: string;
}

/** An error that stops the page from being shown; announced immediately by screen readers. */
export function ProblemAlert({ title, detail }: ProblemAlertProps) {
  return (
    <div className="alert" role="alert">
      <h1 className="alert__title">{title}</h1>
      {detail && <p className="alert__detail">{detail}</p>}
    </div>
  );
}
