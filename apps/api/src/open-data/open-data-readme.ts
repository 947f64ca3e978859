import type { OpenDataTable } from './open-data-tables';

/** The ZIP's README.md: what each file holds, column by column, and the licence. */
export function openDataReadme(tables: OpenDataTable[], builtAt: Date, siteUrl: string): string {
  const files = tables.map(
    (table) =>
      `## ${table.name}.csv / ${table.name}.json — ${table.title}\n\n${table.description} ${table.rows.length} rijen.\n\n` +
      `| kolom | betekenis |\n|---|---|\n${table.columns.map((column) => `| \`${column.name}\` | ${column.description} |`).join('\n')}\n`,
  );
  return `# Open data van het Lerend Netwerk

De publieke inhoud van het Lerend Netwerk intergemeentelijke samenwerking rond integratie (${siteUrl}), opgemaakt op
${builtAt.toISOString()}. Enkel wat iedereen op de publieke website kan lezen: geen inhoud die alleen voor leden is,
geen personen.

Elke tabel staat er twee keer in: als CSV (UTF-8, komma als scheidingsteken, eerste regel de kolomnamen) en als JSON
(een lijst van objecten met dezelfde sleutels). Tijdstippen zijn ISO 8601 in UTC, datums JJJJ-MM-DD. Een lege cel (of
\`null\`) betekent: niet opgegeven.

## Licentie

Deze gegevens vallen onder de **Modellicentie Gratis Hergebruik Vlaanderen v1.0**
(https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/modellicenties-voor-open-data):
je mag ze gratis hergebruiken, ook commercieel, mits bronvermelding: “Lerend Netwerk intergemeentelijke
samenwerking rond integratie, ${siteUrl}”.

${files.join('\n')}`;
}
