# Deployment notes

Before running the deploy script make sure that:

- you are on the `main` branch and it is up to date,
- the CI pipeline for the commit is green,
- nobody else is deploying (check the #deploys channel).

## Rolling back

Run the deploy script with the previous tag, for example
`./deploy.sh production v1.8.3`, and post in #deploys.
