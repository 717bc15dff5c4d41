const fs = require("fs");
const { stringify } = require("csv-stringify/sync");

async function exportUsers(db, outFile) {
  const users = await db.collection("users").find({ deleted: false }).toArray();
  const rows = users.map((u) => {
    /* ... */
    return [u._id.toString(), u.email, u.createdAt.toISOString()];
  });
  fs.writeFileSync(outFile, stringify([["id", "email", "created_at"], ...rows]));
  console.log(`wrote ${rows.length} rows to ${outFile}`);
}

module.exports = { exportUsers };
