declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    DATABASE_URL: string;
  }
}

declare module '*.png' {
  const src: string;
  export default src;
}

// ... more type declarations
