import { TextControl } from './form-controls';
import { ListEditor } from './list-editor';
import { t } from './messages';
import { emptyContact, type ContactDraft } from './offer-draft-lists';

interface ContactsEditorProps {
  contacts: ContactDraft[];
  onChange: (contacts: ContactDraft[]) => void;
  error: unknown;
}

const KINDS = { name: 'text', title: 'text', phone: 'tel', email: 'email' } as const;

/** The people to ask about the offer, with their work phone and e-mail only. */
export function ContactsEditor({ contacts, onChange, error }: ContactsEditorProps) {
  return (
    <ListEditor
      field="contacts"
      items={contacts}
      onChange={onChange}
      kind="contact"
      create={emptyContact}
      error={error}
      renderItem={(contact, change, path) =>
        (['name', 'title', 'phone', 'email'] as const).map((field) => (
          <TextControl
            key={field}
            path={`${path}.${field}`}
            label={t(`contact.${field}`)}
            value={contact[field]}
            onChange={(value) => change({ [field]: value })}
            kind={KINDS[field]}
            required={field === 'name'}
            error={error}
          />
        ))
      }
    />
  );
}
