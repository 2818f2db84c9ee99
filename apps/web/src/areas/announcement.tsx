/**
 * A polite status line for what has just been done. It is always in the page, empty until there
 * is news, so screen readers announce the news when it arrives.
 */
export function Announcement({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'notice notice--success' : undefined}>
      {message}
    </p>
  );
}
