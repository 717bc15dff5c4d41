/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ["./src/**/*.{js,jsx,ts,tsx}", "./index.html"],
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          500: "#2f6fed",
          900: "#0b2a6b",
        },
      },
      // ... rest of theme
    },
  },
  plugins: [require("@tailwindcss/forms")],
};
