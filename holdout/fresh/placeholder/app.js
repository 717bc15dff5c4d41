const express = require('express');
const morgan = require('morgan');
const { requireAuth } = require('./middleware/auth');

const app = express();
app.use(express.json());
app.use(morgan('dev'));

// ... existing code ...

app.delete('/api/projects/:id', requireAuth, async (req, res) => {
  const deleted = await req.db.projects.delete({ id: req.params.id, ownerId: req.user.id });
  if (!deleted) return res.status(404).json({ error: 'Project not found' });
  res.status(204).end();
});

app.listen(process.env.PORT || 3000);
