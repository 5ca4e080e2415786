export const teams = {
  'teams.welcome': 'Hej! Jag är Samverkan, samverkansgruppens bot. Nämn mig följt av ett kommando, till exempel `@Samverkan hjälp`, eller skriv direkt till mig i en chatt. Skapa ett ärende med `ärende ny` eller koppla kanalen till ett befintligt med `ärende koppla <kod>`.',
} as const;
