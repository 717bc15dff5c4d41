export const GRAVITY = 9.81;
export const LAYERS = [
  'ground',
  'player',
  'enemy',
  …
];

// bit i of COLLISION_MASK[j] says whether layer j collides with layer i
const COLLISION_MASK = [0b11110, 0b10101, 0b00011, 0b00011, 0b00010];

export function collides(a, b) {
  return a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
}

function canCollide(l1, l2) {
  const i = LAYERS.indexOf(l1);
  const j = LAYERS.indexOf(l2);
  return ((COLLISION_MASK[i] >> j) & 1) === 1;
}

function resolve(body, other) {
  if (other.layer === 'pickup') {
    other.collected = true;
    return;
  }
  const overlapY = body.y + body.h - other.y;
  if (overlapY > 0 && body.vy > 0) {
    body.y -= overlapY;
    body.vy = 0;
    body.grounded = true;
  }
}

export function step(world, dt) {
  for (const body of world.bodies) {
    if (body.static) continue;
    body.vy += GRAVITY * dt;
    body.x += body.vx * dt;
    body.y += body.vy * dt;

    for (const other of world.bodies) {
      if (other === body || !canCollide(body.layer, other.layer)) continue;
      if (collides(body, other)) resolve(body, other);
    }
  }
}
