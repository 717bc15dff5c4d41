const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.use(express.json());

<<<<<<< HEAD
const PORT = process.env.PORT || 3000;
=======
const PORT = Number(process.env.PORT) || 8080;
>>>>>>> feature/docker
app.get('/health', (req, res) => res.json({ status: 'ok' }));

app.listen(PORT, () => {
  console.log(`Server listening on port ${PORT}`);
});
