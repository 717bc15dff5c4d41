import type { Config } from "tailwindcss";
import forms from "@tailwindcss/forms";
import typography from "@tailwindcss/typography";

export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  darkMode: "class",
  theme: {
    extend: {
      colors: {
<<<<<<< HEAD
        brand: {
          50: "#eef2ff",
          500: "#6366f1",
          900: "#312e81",
        },
=======
        brand: {
          50: "#ecfdf5",
          500: "#10b981",
          700: "#047857",
          900: "#064e3b",
        },
        accent: "#f59e0b",
>>>>>>> rebrand-2025
      },
      fontFamily: {
        sans: ["Inter var", "system-ui", "sans-serif"],
      },
    },
  },
  plugins: [forms, typography],
} satisfies Config;
