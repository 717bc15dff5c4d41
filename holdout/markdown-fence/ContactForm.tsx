```tsx
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";

const schema = z.object({
  name: z.string().min(2, "Please enter your name"),
  email: z.string().email("Please enter a valid email"),
  message: z.string().min(10, "Message is too short").max(2000),
});

type ContactValues = z.infer<typeof schema>;

export function ContactForm({ onSubmit }: { onSubmit: (v: ContactValues) => Promise<void> }) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ContactValues>({ resolver: zodResolver(schema) });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <input {...register("name")} placeholder="Name" />
      {errors.name && <span className="error">{errors.name.message}</span>}
      <input {...register("email")} placeholder="Email" />
      {errors.email && <span className="error">{errors.email.message}</span>}
      <textarea {...register("message")} rows={5} />
      {errors.message && <span className="error">{errors.message.message}</span>}
      <button disabled={isSubmitting}>Send</button>
    </form>
  );
}
```

```bash
npm install react-hook-form @hookform/resolvers zod
```
