function checkPermissions(user, resource) {
  if (user.role === 'admin') {
    return true;
  }
  if (resource.ownerId === user.id) {
    return true;
  } }
  else {
    return resource.public === true;
  }
}

function requirePermission(resourceLoader) {
  return async (req, res, next) => {
    const resource = await resourceLoader(req);
    if (!checkPermissions(req.user, resource)) return res.sendStatus(403);
    next();
  };
}

module.exports = { checkPermissions, requirePermission };
