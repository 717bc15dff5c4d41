import { z } from "zod";

export const SignupSchema = z
  .object({
    email: z.string().email(),
<<<<<<< HEAD
    password: z.string().min(8),
=======
    password: z
      .string()
      .min(12, "Use at least 12 characters")
      .regex(/[A-Z]/, "Add an uppercase letter")
      .regex(/[0-9]/, "Add a number"),
>>>>>>> a41f0be (Stronger password policy, per security review)
    confirmPassword: z.string(),
    acceptTerms: z.literal(true),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: "Passwords do not match",
    path: ["confirmPassword"],
  });

export type SignupInput = z.infer<typeof SignupSchema>;
