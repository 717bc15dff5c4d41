#!/usr/bin/env node
import { build } from './build';
import { serve } from './serve';
import { clean } from './clean';

const [, , command = 'help', ...args] = process.argv;

async function main(): Promise<void> {
  switch (command) {
    case 'clean':
      await clean();
      break;
    case 'serve':
      await serve(args);
      break;
    case 'bui