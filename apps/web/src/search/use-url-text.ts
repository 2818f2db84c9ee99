import { useState } from 'react';

/**
 * A text field's value that starts as the URL's and follows it when the URL changes (a chip
 * removed, the back button), without remounting the field, so focus stays where it is.
 */
export function useUrlText(value: string): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const [followed, setFollowed] = useState(value);
  if (followed !== value) {
    setFollowed(value);
    setText(value);
  }
  return [text, setText];
}
