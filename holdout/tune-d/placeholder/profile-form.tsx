import { useState } from "react";

interface ProfileFormProps {
  initialName: string;
  onSubmit: (data: { name: string; email: string; bio: string }) => void;
}

export function ProfileForm({ initialName, onSubmit }: ProfileFormProps) {
  const [name, setName] = useState(initialName);
  const [email, setEmail] = useState("");
  const [bio, setBio] = useState("");

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ name, email, bio });
      }}
    >
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      {/* ... rest of the form fields unchanged */}
      <button type="submit">Save</button>
    </form>
  );
}
