src/server/apiRoutes.js
<<<<<<< SEARCH
router.get('/projects', async (req, res) => {
  const projects = await db.project.findMany();
  res.json(projects);
});
=======
router.get('/projects', async (req, res) => {
  const projects = await db.project.findMany({
    where: { ownerId: req.user.id },
    orderBy: { updatedAt: 'desc' },
  });
  res.json(projects);
});
>>>>>>> REPLACE

src/server/apiRoutes.js
<<<<<<< SEARCH
module.exports = router;
=======
router.delete('/projects/:id', async (req, res) => {
  await db.project.delete({ where: { id: req.params.id, ownerId: req.user.id } });
  res.status(204).end();
});

module.exports = router;
>>>>>>> REPLACE
