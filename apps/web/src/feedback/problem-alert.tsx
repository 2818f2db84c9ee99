import { ApiError } from '../http/problem';
import { t } from '../i18n/messages';

interface ProblemAlertProps {
  title: string;
  detail?: string;
  /** The page's main heading when the error replaces the page; a section heading otherwise. */
  level?: 1 | 2;
}

/** An error that stops (part of) the page from being shown; announced at once by screen readers. */
export function ProblemAlert({ title, detail, level = 1 }: ProblemAlertProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="alert" role="alert">
      <Heading className="alert__title">{title}</Heading>
      {detail && <p className="alert__detail">{detail}</p>}
    </div>
  );
}

/** Shows what went wrong with a request in the API's own words, or ours when it gave none. */
export function ErrorAlert({ error, level }: { error: unknown; level?: 1 | 2 }) {
  if (error instanceof ApiError && error.problem) {
    return <ProblemAlert title={error.problem.title} detail={error.problem.detail} level={level} />;
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <ProblemAlert title={t('error.notFound.title')} detail={t('error.notFound.detail')} level={level} />
    );
  }
  return (
    <ProblemAlert title={t('error.unreachable.title')} detail={t('error.unreachable.detail')} level={level} />
  );
}
