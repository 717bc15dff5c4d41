import { useEditor, EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import Placeholder from '@tiptap/extension-placeholder';

interface EditorProps {
  value: string;
  onChange: (html: string) => void;
  placeholder?: string;
}

export function Editor({ value, onChange, placeholder = 'Write something…' }: EditorProps) {
  const editor = useEditor({
    extensions: [StarterKit, Link.configure({ openOnClick: false }), Placeholder.configure({ placeholder })],
    content: value,
    onUpdate: ({ editor }) => onChange(editor.getHTML()),
  });

  if (!editor) return null;

  return (
    <div className="editor">
      <div className="editor__toolbar" role="toolbar">
        <existing toolbar buttons>
      </div>
      <EditorContent editor={editor} className="editor__content" />
    </div>
  );
}
