'use strict';

const ROLE_RANK = { viewer: 1, editor: 2, admin: 3, owner: 4 };

function hasRole(user, role) {
  return (ROLE_RANK[user?.role] ?? 0) >= ROLE_RANK[role];
}

function canEditDocument(user, doc) {
  if (!user) return false;
  if (doc.ownerId === user.id) return true;
  return user.isActive &&