import { createClient } from 'npm:@supabase/supabase-js@2';

interface Payload {
  type: 'INSERT';
  table: string;
  record: { id: string; user_id: string; title: string; body: string };
}

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

Deno.serve(async (req) => {
  if (req.method !== 'POST') {
    return new Response('method not allowed', { status: 405 });
  }

  const payload = (await req.json()) as Payload;
  if (payload.table !== 'comments') {
    return new Response('ignored', { status: 202 });
  }

  const { error } = await supabase.from('notifications').insert({
    // ... existing code (payload mapping) ...
  });

  if (error) {
    console.error(error);
    return new Response(JSON.stringify({ error: error.message }), { status: 500 });
  }
  return new Response(JSON.stringify({ ok: true }), {
    headers: { 'Content-Type': 'application/json' },
  });
});
