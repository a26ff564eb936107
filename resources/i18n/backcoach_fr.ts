<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AbilityBox</name>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>Used for: %s</source>
        <translation>Utilisée pour&#xa0;: %s</translation>
    </message>
    <message>
        <source>What BackCoach is</source>
        <translation>Ce qu&apos;est BackCoach</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Ce qu&apos;il n&apos;est pas</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>When to stop and get medical advice</source>
        <translation>Quand arrêter et demander un avis médical</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The exercises and advice come from a physiotherapy clinic&apos;s article on exercise for low back pain, which cites sources 1–5. Sources 6 and 11 back the warning signs, 7, 8 and 10 the pain scale and the pain rule, and 9 the direction check.</source>
        <translation>Les exercices et les conseils viennent de l&apos;article d&apos;un cabinet de kinésithérapie sur l&apos;exercice en cas de mal de dos, qui cite les sources 1 à 5. Les sources 6 et 11 appuient les signes d&apos;alerte, les sources 7, 8 et 10 l&apos;échelle de douleur et la règle de la douleur, et la source 9 les questions sur la direction.</translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation>À propos des preuves</translation>
    </message>
    <message>
        <source>About BackCoach and its sources</source>
        <translation>À propos de BackCoach et de ses sources</translation>
    </message>
    <message>
        <source>What BackCoach is and is not, when to get urgent help, sources</source>
        <translation>Ce qu&apos;est BackCoach et ce qu&apos;il n&apos;est pas, quand demander une aide urgente, les sources</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <translation>Modifier une activité</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Noter une activité</translation>
    </message>
    <message>
        <source>Walking, running, cycling, swimming: any exercise you enjoy is good for your back, and it counts toward your daily goal.</source>
        <translation>Marche, course, vélo, natation&#xa0;: toute activité physique que vous aimez est bonne pour votre dos, et elle compte pour votre objectif du jour.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Qu&apos;avez-vous fait&#xa0;?</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>What was it? For example: gardening</source>
        <translation>C&apos;était quoi&#xa0;? Par exemple&#xa0;: du jardinage</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Nom de l&apos;activité</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Avec vos propres mots</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Pendant combien de temps&#xa0;?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How many minutes the activity took</source>
        <translation>Combien de minutes l&apos;activité a duré</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Today, or an earlier day</source>
        <translation>Aujourd&apos;hui, ou un jour précédent</translation>
    </message>
    <message>
        <source>Day of the activity</source>
        <translation>Jour de l&apos;activité</translation>
    </message>
    <message>
        <source>Pain, if you rated it (optional)</source>
        <translation>Douleur, si vous l&apos;avez notée (facultatif)</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Une note (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Ce que vous voulez en retenir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>From 0, no pain, to 10, the worst imaginable</source>
        <translation>De 0, aucune douleur, à 10, la pire imaginable</translation>
    </message>
    <message>
        <source>This could not be saved: %s</source>
        <translation>Cela n&apos;a pas pu être enregistré&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>BigTimer</name>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>%s seconds left</source>
        <translation>Encore %s secondes</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Calendar of active days</source>
        <translation>Calendrier des jours actifs</translation>
    </message>
    <message>
        <source>%s: %d minutes</source>
        <translation>%s&#xa0;: %d minutes</translation>
    </message>
    <message>
        <source>%s: active on %d of %d days</source>
        <translation>%s&#xa0;: actif %d jours sur %d</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Extension movements</source>
        <translation>Mouvements en extension</translation>
    </message>
    <message>
        <source>Anti-flexion</source>
        <translation>Anti-flexion</translation>
    </message>
    <message>
        <source>Extension through range</source>
        <translation>Extension sur toute l&apos;amplitude</translation>
    </message>
    <message>
        <source>Flexion movements</source>
        <translation>Mouvements en flexion</translation>
    </message>
    <message>
        <source>Anti-extension</source>
        <translation>Anti-extension</translation>
    </message>
    <message>
        <source>Flexion through range</source>
        <translation>Flexion sur toute l&apos;amplitude</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>Strength through range</source>
        <translation>Force sur toute l&apos;amplitude</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Allongé</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Tapis</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chaise</translation>
    </message>
    <message>
        <source>Weight or bag</source>
        <translation>Poids ou sac</translation>
    </message>
    <message>
        <source>Bench or sofa edge</source>
        <translation>Banc ou bord du canapé</translation>
    </message>
    <message>
        <source>Band or cable</source>
        <translation>Élastique ou poulie</translation>
    </message>
    <message>
        <source>Table or counter</source>
        <translation>Table ou plan de travail</translation>
    </message>
    <message>
        <source>a mat</source>
        <translation>un tapis</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>un mur</translation>
    </message>
    <message>
        <source>a chair</source>
        <translation>une chaise</translation>
    </message>
    <message>
        <source>a weight or bag</source>
        <translation>un poids ou un sac</translation>
    </message>
    <message>
        <source>a bench or sofa edge</source>
        <translation>un banc ou le bord du canapé</translation>
    </message>
    <message>
        <source>a band or cable</source>
        <translation>un élastique ou une poulie</translation>
    </message>
    <message>
        <source>a table or counter</source>
        <translation>une table ou un plan de travail</translation>
    </message>
    <message>
        <source>Rotation and mobility</source>
        <translation>Rotation et mobilité</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Toutes les directions</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Course à pied</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Natation</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>%d reps (hold %d s each)</source>
        <translation>%d répétitions (maintenir %d&#xa0;s chacune)</translation>
    </message>
    <message>
        <source>%d reps</source>
        <translation>%d répétitions</translation>
    </message>
    <message>
        <source>a %d s hold</source>
        <translation>%d s de maintien</translation>
    </message>
    <message>
        <source>1 set of %s</source>
        <translation>1 série de %s</translation>
    </message>
    <message>
        <source>%d sets of %s</source>
        <translation>%d séries de %s</translation>
    </message>
    <message>
        <source>%s, each side</source>
        <translation>%s, de chaque côté</translation>
    </message>
    <message>
        <source>%s, %d s rest between sets</source>
        <translation>%s, %d s de repos entre les séries</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>environ 1 minute</translation>
    </message>
    <message>
        <source>about %d minutes</source>
        <translation>environ %d minutes</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>this morning</source>
        <translation>ce matin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Bilan du matin</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>How is your back %s?</source>
        <translation>Comment va votre dos %s&#xa0;?</translation>
    </message>
    <message>
        <source>You exercised yesterday. Rate your pain as it is now, before you get going, so you can see how your back takes the exercise.</source>
        <translation>Vous avez fait vos exercices hier. Notez votre douleur telle qu&apos;elle est maintenant, avant de vous lancer dans la journée, pour voir comment votre dos réagit à l&apos;exercice.</translation>
    </message>
    <message>
        <source>Rate your pain and stiffness as they are now. Your answer shows on the Progress charts.</source>
        <translation>Notez votre douleur et votre raideur telles qu&apos;elles sont maintenant. Votre réponse apparaît sur les graphiques de Progrès.</translation>
    </message>
    <message>
        <source>Press a number from 0 to 10.</source>
        <translation>Appuyez sur un chiffre de 0 à 10.</translation>
    </message>
    <message>
        <source>How stiff is it?</source>
        <translation>Est-il raide&#xa0;?</translation>
    </message>
    <message>
        <source>Not stiff</source>
        <translation>Pas raide</translation>
    </message>
    <message>
        <source>A bit stiff</source>
        <translation>Un peu raide</translation>
    </message>
    <message>
        <source>Very stiff</source>
        <translation>Très raide</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Your pain %s: %d (%s)</source>
        <translation>Votre douleur %s&#xa0;: %d (%s)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%s: %d. Before yesterday&apos;s session: %d.</source>
        <translation>%s&#xa0;: %d. Avant la séance d&apos;hier&#xa0;: %d.</translation>
    </message>
    <message>
        <source>%s: %d.</source>
        <translation>%s&#xa0;: %d.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Your back is at its usual level or better. Keep going with your routine as it is.</source>
        <translation>Votre dos est à son niveau habituel, ou mieux. Continuez votre routine telle qu&apos;elle est.</translation>
    </message>
    <message>
        <source>Your answer is saved; you will see it on the Progress charts.</source>
        <translation>Votre réponse est enregistrée&#xa0;; vous la verrez sur les graphiques de Progrès.</translation>
    </message>
    <message>
        <source>For the next session, you could:</source>
        <translation>Pour la prochaine séance, vous pourriez&#xa0;:</translation>
    </message>
    <message>
        <source>Your pain is high.</source>
        <translation>Votre douleur est forte.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Backup you made</source>
        <translation>Sauvegarde faite par vous</translation>
    </message>
    <message>
        <source>Saved before a restore</source>
        <translation>Enregistrée avant une restauration</translation>
    </message>
    <message>
        <source>Saved before an update</source>
        <translation>Enregistrée avant une mise à jour</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything BackCoach knows about your exercise and pain stays in one file on this computer. Nothing is sent anywhere.</source>
        <translation>Tout ce que BackCoach sait de vos exercices et de votre douleur reste dans un seul fichier sur cet ordinateur. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où elles sont gardées</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>BackCoach keeps a backup each day for the last week. Restoring one puts your current data aside as a backup first, so nothing is lost.</source>
        <translation>BackCoach garde une sauvegarde par jour pendant la dernière semaine. En restaurer une met d&apos;abord vos données actuelles de côté dans une sauvegarde&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Choose a backup, then press Restore the selected backup</source>
        <translation>Choisissez une sauvegarde, puis appuyez sur Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exporter et importer</translation>
    </message>
    <message>
        <source>Export everything to a file you can keep or move to another computer, or your pain ratings as a spreadsheet (CSV) for your physiotherapist. Import adds the records of a BackCoach export; records you already have are not added twice.</source>
        <translation>Exportez tout dans un fichier que vous pouvez garder ou emporter sur un autre ordinateur, ou vos notes de douleur sous forme de tableau (CSV) pour votre kinésithérapeute. L&apos;import ajoute les enregistrements d&apos;un export BackCoach&#xa0;; ceux que vous avez déjà ne sont pas ajoutés deux fois.</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Export pain ratings (CSV)…</source>
        <translation>Exporter les notes de douleur (CSV)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>That did not work: %s. Nothing of yours was changed.</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: %s. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Backup saved as %s.</source>
        <translation>Sauvegarde enregistrée sous %s.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %s?

Your current data is saved as a backup first, so you can go back.</source>
        <translation>Remplacer vos données par la sauvegarde du %s&#xa0;?

Vos données actuelles sont d&apos;abord enregistrées dans une sauvegarde&#xa0;: vous pourrez revenir en arrière.</translation>
    </message>
    <message>
        <source>Backup restored. Your previous data was saved as %s.</source>
        <translation>Sauvegarde restaurée. Vos données précédentes ont été enregistrées sous %s.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported everything to %s.</source>
        <translation>Tout a été exporté dans %s.</translation>
    </message>
    <message>
        <source>Exported your pain ratings to %s.</source>
        <translation>Vos notes de douleur ont été exportées dans %s.</translation>
    </message>
    <message>
        <source>Import a BackCoach export</source>
        <translation>Importer un export BackCoach</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Left and right arrow keys step through the days; Home and End jump.</source>
        <translation>Les flèches gauche et droite parcourent les jours&#xa0;; Début et Fin vont aux extrémités.</translation>
    </message>
</context>
<context>
    <name>DirectionCheck</name>
    <message>
        <source>A few quick questions about what makes your back feel worse. There are no wrong answers, and &apos;not sure&apos; is fine. This is a suggestion for where to start, not a diagnosis, and you can change it whenever you like.</source>
        <translation>Quelques questions rapides sur ce qui aggrave votre mal de dos. Il n&apos;y a pas de mauvaise réponse, et «&#xa0;je ne sais pas&#xa0;» convient très bien. C&apos;est une suggestion pour savoir par où commencer, pas un diagnostic, et vous pouvez la changer quand vous voulez.</translation>
    </message>
    <message>
        <source>Does sitting for a while make your back worse?</source>
        <translation>Rester assis un moment aggrave-t-il votre mal de dos&#xa0;?</translation>
    </message>
    <message>
        <source>Does bending forward make it worse?</source>
        <translation>Se pencher en avant l&apos;aggrave-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Does standing or walking for a long time make it worse?</source>
        <translation>Rester debout ou marcher longtemps l&apos;aggrave-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Does leaning or arching backwards make it worse?</source>
        <translation>Se pencher ou se cambrer en arrière l&apos;aggrave-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>What usually eases it?</source>
        <translation>Qu&apos;est-ce qui le soulage d&apos;habitude&#xa0;?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Sitting down or bending forward</source>
        <translation>M&apos;asseoir ou me pencher en avant</translation>
    </message>
    <message>
        <source>Standing, walking or lying on my front</source>
        <translation>Être debout, marcher ou m&apos;allonger sur le ventre</translation>
    </message>
    <message>
        <source>Neither, or I&apos;m not sure</source>
        <translation>Ni l&apos;un ni l&apos;autre, ou je ne sais pas</translation>
    </message>
    <message>
        <source>Start with extension (gentle arching backwards)</source>
        <translation>Commencer par l&apos;extension (se cambrer doucement en arrière)</translation>
    </message>
    <message>
        <source>Start with flexion (gentle bending forward)</source>
        <translation>Commencer par la flexion (se pencher doucement en avant)</translation>
    </message>
    <message>
        <source>No clear preference: start with gentle movement in all directions</source>
        <translation>Pas de préférence nette&#xa0;: commencer par des mouvements doux dans toutes les directions</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>rester assis</translation>
    </message>
    <message>
        <source>bending forward</source>
        <translation>se pencher en avant</translation>
    </message>
    <message>
        <source>standing or walking for a long time</source>
        <translation>rester debout ou marcher longtemps</translation>
    </message>
    <message>
        <source>arching backwards</source>
        <translation>se cambrer en arrière</translation>
    </message>
    <message>
        <source>standing, walking or lying on your front</source>
        <translation>être debout, marcher ou s&apos;allonger sur le ventre</translation>
    </message>
    <message>
        <source>sitting down or bending forward</source>
        <translation>s&apos;asseoir ou se pencher en avant</translation>
    </message>
    <message>
        <source>arching gently backwards</source>
        <translation>se cambrer doucement en arrière</translation>
    </message>
    <message>
        <source>bending gently forward</source>
        <translation>se pencher doucement en avant</translation>
    </message>
    <message>
        <source>we suggest starting with extension exercises</source>
        <translation>nous vous proposons de commencer par des exercices en extension</translation>
    </message>
    <message>
        <source>we suggest starting with flexion exercises</source>
        <translation>nous vous proposons de commencer par des exercices en flexion</translation>
    </message>
    <message>
        <source>extension exercises (gentle arching backwards)</source>
        <translation>des exercices en extension (se cambrer doucement en arrière)</translation>
    </message>
    <message>
        <source>flexion exercises (gentle bending forward)</source>
        <translation>des exercices en flexion (se pencher doucement en avant)</translation>
    </message>
    <message>
        <source>gentle turning and easy movements in both directions</source>
        <translation>des rotations douces et des mouvements faciles dans les deux sens</translation>
    </message>
    <message>
        <source>%s and %s</source>
        <translation>%s et %s</translation>
    </message>
    <message>
        <source>%s makes it worse</source>
        <translation>%s l&apos;aggrave</translation>
    </message>
    <message>
        <source>%s make it worse</source>
        <translation>%s l&apos;aggravent</translation>
    </message>
    <message>
        <source>%s eases it</source>
        <translation>%s le soulage</translation>
    </message>
    <message>
        <source>%s, and %s</source>
        <translation>%s, et %s</translation>
    </message>
    <message>
        <source>You said %1. That usually means your back prefers %2, so %3.</source>
        <translation>Vous avez dit que %1. Cela veut souvent dire que votre dos préfère %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>You said %1, although %2 too. On balance your back seems to prefer %3, so %4 and taking them gently.</source>
        <translation>Vous avez dit que %1, même si %2 aussi. Dans l&apos;ensemble, votre dos semble préférer %3&#xa0;: %4, en y allant doucement.</translation>
    </message>
    <message>
        <source>You said %1, but also that %2. With signs pointing both ways there is no clear preference, so we suggest starting with gentle turning and easy movements in both directions.</source>
        <translation>Vous avez dit que %1, mais aussi que %2. Avec des signes dans les deux sens, il n&apos;y a pas de préférence nette&#xa0;: nous vous proposons de commencer par des rotations douces et des mouvements faciles dans les deux sens.</translation>
    </message>
    <message>
        <source>You said %1, but one answer on its own is not enough to show which way your back prefers. So we suggest starting with gentle turning and easy movements in both directions.</source>
        <translation>Vous avez dit que %1, mais une seule réponse ne suffit pas à montrer dans quel sens votre dos préfère bouger. Nous vous proposons donc de commencer par des rotations douces et des mouvements faciles dans les deux sens.</translation>
    </message>
    <message>
        <source>Your answers did not point to one direction that bothers your back more. So we suggest starting with gentle turning and easy movements in both directions.</source>
        <translation>Vos réponses n&apos;indiquent pas une direction qui gêne davantage votre dos. Nous vous proposons donc de commencer par des rotations douces et des mouvements faciles dans les deux sens.</translation>
    </message>
    <message>
        <source>You chose to start with %1. You can take the check again or change this at any time.</source>
        <translation>Vous avez choisi de commencer par %1. Vous pouvez refaire le questionnaire ou changer ce choix à tout moment.</translation>
    </message>
    <message>
        <source>Your earlier answers suggested starting with %1. You can take the check again or change this at any time.</source>
        <translation>Vos réponses précédentes suggéraient de commencer par %1. Vous pouvez refaire le questionnaire ou changer ce choix à tout moment.</translation>
    </message>
</context>
<context>
    <name>EffectBars</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>%s: %s while doing it, %s right after, %d times</source>
        <translation>%s&#xa0;: %s pendant, %s juste après, %d fois</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>While doing it</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Juste après</translation>
    </message>
    <message>
        <source>%s, done %d times: pain %s while doing it, %s right after</source>
        <translation>%s, fait %d fois&#xa0;: douleur %s pendant, %s juste après</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details were saved in:
%s</source>
        <translation>Les détails ont été enregistrés dans&#xa0;:
%s</translation>
    </message>
    <message>
        <source>The details could not be saved to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés dans un fichier journal.</translation>
    </message>
    <message>
        <source>Something went wrong inside BackCoach. Your saved data is safe.</source>
        <translation>Un problème est survenu dans BackCoach. Vos données enregistrées sont en sécurité.</translation>
    </message>
    <message>
        <source>You can keep using the app. If this happens again, please send the log file to whoever helps you with BackCoach.

</source>
        <translation>Vous pouvez continuer à utiliser l&apos;application. Si cela se reproduit, envoyez le fichier journal à la personne qui vous aide avec BackCoach.

</translation>
    </message>
</context>
<context>
    <name>ExerciseBrowser</name>
    <message>
        <source>Exercise library</source>
        <translation>Bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Search by name, body position, equipment or number…</source>
        <translation>Chercher par nom, position, matériel ou numéro…</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Type of exercise</source>
        <translation>Type d&apos;exercice</translation>
    </message>
    <message>
        <source>Body position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>&amp;Favoris seulement</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>No exercise matches. Try fewer filters or press “Show all”.</source>
        <translation>Aucun exercice ne correspond. Essayez avec moins de filtres ou appuyez sur «&#xa0;Tout afficher&#xa0;».</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
</context>
<context>
    <name>ExerciseBrowserPage</name>
    <message>
        <source>Any direction</source>
        <translation>Toutes directions</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Toutes positions</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Tout matériel</translation>
    </message>
    <message>
        <source>A mat or nothing</source>
        <translation>Un tapis ou rien</translation>
    </message>
    <message>
        <source>Show exercises of one direction of movement</source>
        <translation>Afficher les exercices d&apos;une direction de mouvement</translation>
    </message>
    <message>
        <source>Show movement, stability or strength exercises</source>
        <translation>Afficher les exercices de mouvement, de stabilité ou de force</translation>
    </message>
    <message>
        <source>Show exercises done in one body position</source>
        <translation>Afficher les exercices faits dans une position</translation>
    </message>
    <message>
        <source>Show exercises that use this equipment</source>
        <translation>Afficher les exercices qui utilisent ce matériel</translation>
    </message>
    <message>
        <source>Arrow keys move through the exercises; details show on the right</source>
        <translation>Les flèches parcourent les exercices&#xa0;; les détails s&apos;affichent à droite</translation>
    </message>
    <message>
        <source>All %d exercises, in the order of the article.</source>
        <translation>Les %d exercices, dans l&apos;ordre de l&apos;article.</translation>
    </message>
    <message>
        <source>Showing %d of %d exercises.</source>
        <translation>%d exercices affichés sur %d.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment le faire</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Prudence</translation>
    </message>
    <message>
        <source>To make it easier</source>
        <translation>Pour le rendre plus facile</translation>
    </message>
    <message>
        <source>When it feels easy</source>
        <translation>Quand il devient facile</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
</context>
<context>
    <name>ExerciseDetailPane</name>
    <message>
        <source>+ Add to routine</source>
        <translation>+ Ajouter à une routine</translation>
    </message>
    <message>
        <source>Add this exercise to a routine</source>
        <translation>Ajouter cet exercice à une routine</translation>
    </message>
    <message>
        <source>Added to “%s”. See it under Routines.</source>
        <translation>Ajouté à «&#xa0;%s&#xa0;». Vous le trouverez dans Routines.</translation>
    </message>
    <message>
        <source>A new routine</source>
        <translation>Une nouvelle routine</translation>
    </message>
    <message>
        <source>Illustration of %s</source>
        <translation>Illustration&#xa0;: %s</translation>
    </message>
    <message>
        <source>Easier: %s</source>
        <translation>Plus facile&#xa0;: %s</translation>
    </message>
    <message>
        <source>Harder: %s</source>
        <translation>Plus difficile&#xa0;: %s</translation>
    </message>
    <message>
        <source>Part of: %s</source>
        <translation>Fait partie de&#xa0;: %s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an exercise, then one of its variations</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
</context>
<context>
    <name>ExercisePickerDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>Add an exercise to “%s”</source>
        <translation>Ajouter un exercice à «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Search by name, position or number…</source>
        <translation>Chercher par nom, position ou numéro…</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>No exercise matches. Try another word.</source>
        <translation>Aucun exercice ne correspond. Essayez un autre mot.</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Ajouter à la routine</translation>
    </message>
    <message>
        <source>Add the selected exercise to the routine</source>
        <translation>Ajouter l&apos;exercice choisi à la routine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FigurePlayer</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration de l&apos;exercice</translation>
    </message>
    <message>
        <source>Pause animation</source>
        <translation>Mettre l&apos;animation en pause</translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation>Lire l&apos;animation</translation>
    </message>
</context>
<context>
    <name>FunctionChart</name>
    <message>
        <source>no clear change</source>
        <translation>pas de changement net</translation>
    </message>
</context>
<context>
    <name>FunctionScale</name>
    <message>
        <source>a real change</source>
        <translation>un vrai changement</translation>
    </message>
    <message>
        <source>a real change for the worse; worth telling your physiotherapist</source>
        <translation>un vrai changement en moins bien&#xa0;; à signaler à votre kinésithérapeute</translation>
    </message>
    <message>
        <source>not yet a clear change</source>
        <translation>pas encore de changement net</translation>
    </message>
    <message>
        <source>%s: not rated yet</source>
        <translation>%s&#xa0;: pas encore noté</translation>
    </message>
    <message>
        <source>%s: %d, first rating</source>
        <translation>%s&#xa0;: %d, première note</translation>
    </message>
    <message>
        <source>%s: from %s to %s since %s — %s</source>
        <translation>%s&#xa0;: de %s à %s depuis %s — %s</translation>
    </message>
    <message>
        <source>Average of your activities: from %s to %s since %s — %s</source>
        <translation>Moyenne de vos activités&#xa0;: de %s à %s depuis %s — %s</translation>
    </message>
    <message>
        <source>What you can do is getting better: %s.</source>
        <translation>Ce que vous arrivez à faire s&apos;améliore&#xa0;: %s.</translation>
    </message>
</context>
<context>
    <name>FunctionScaleCard</name>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>What changed in your activities</source>
        <translation>Ce qui a changé dans vos activités</translation>
    </message>
    <message>
        <source>Chart of your activity ratings</source>
        <translation>Graphique des notes de vos activités</translation>
    </message>
    <message>
        <source>Name 3 to 5 everyday activities your back makes hard, such as putting on socks, and rate how well you can do them. Rated again every two weeks or so, they show what you can do again.</source>
        <translation>Nommez 3 à 5 activités de tous les jours que votre dos rend difficiles, comme mettre ses chaussettes, et notez dans quelle mesure vous arrivez à les faire. Notées à nouveau toutes les deux semaines environ, elles montrent ce que vous pouvez refaire.</translation>
    </message>
    <message>
        <source>Name my activities</source>
        <translation>Nommer mes activités</translation>
    </message>
    <message>
        <source>Each activity from 0 (unable) to 10 (as before your back problem), and the average of them (thick line). Outside the shaded band the average has really changed (2 points; 3 points for one activity).</source>
        <translation>Chaque activité de 0 (impossible) à 10 (comme avant votre problème de dos), et leur moyenne (trait épais). En dehors de la bande grisée, la moyenne a vraiment changé (2 points&#xa0;; 3 points pour une seule activité).</translation>
    </message>
    <message>
        <source>Average of your activities: %s, first rating.</source>
        <translation>Moyenne de vos activités&#xa0;: %s, première note.</translation>
    </message>
    <message>
        <source> (no longer rated)</source>
        <translation> (plus notée)</translation>
    </message>
    <message>
        <source>Next rating due: %s.</source>
        <translation>Prochaine note prévue&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Rate my activities now</source>
        <translation>Noter mes activités maintenant</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
</context>
<context>
    <name>FunctionScalePage</name>
    <message>
        <source>Activities your back makes hard</source>
        <translation>Les activités que votre dos rend difficiles</translation>
    </message>
    <message>
        <source>How are your activities going?</source>
        <translation>Où en sont vos activités&#xa0;?</translation>
    </message>
    <message>
        <source>Rate each activity again, from 0 (you cannot do it) to 10 (as well as before your back problem). Type a number in each box: 0 to 9, or + for 10. You can rename an activity, stop rating one, or add a new one.</source>
        <translation>Notez à nouveau chaque activité, de 0 (vous ne pouvez pas la faire) à 10 (aussi bien qu&apos;avant votre problème de dos). Tapez un chiffre dans chaque case&#xa0;: 0 à 9, ou + pour 10. Vous pouvez renommer une activité, arrêter d&apos;en noter une ou en ajouter une nouvelle.</translation>
    </message>
    <message>
        <source>What does your back make hard?</source>
        <translation>Qu&apos;est-ce que votre dos rend difficile&#xa0;?</translation>
    </message>
    <message>
        <source>Name 3 to 5 everyday activities that are hard because of your back, in your own words. Then rate each from 0 (you cannot do it) to 10 (as well as before your back problem). Every two weeks or so you rate them again, and Progress shows what you can do again.</source>
        <translation>Nommez, avec vos mots, 3 à 5 activités de tous les jours devenues difficiles à cause de votre dos. Notez ensuite chacune de 0 (vous ne pouvez pas la faire) à 10 (aussi bien qu&apos;avant votre problème de dos). Toutes les deux semaines environ, vous les notez à nouveau, et Progrès montre ce que vous pouvez refaire.</translation>
    </message>
    <message>
        <source>Common examples (click one to use it):</source>
        <translation>Exemples courants (cliquez sur l&apos;un d&apos;eux pour l&apos;utiliser)&#xa0;:</translation>
    </message>
    <message>
        <source>Putting on socks</source>
        <translation>Mettre ses chaussettes</translation>
    </message>
    <message>
        <source>Lifting a child</source>
        <translation>Porter un enfant</translation>
    </message>
    <message>
        <source>Sitting through a film</source>
        <translation>Rester assis pendant un film</translation>
    </message>
    <message>
        <source>Getting out of a car</source>
        <translation>Sortir d&apos;une voiture</translation>
    </message>
    <message>
        <source>Carrying the shopping</source>
        <translation>Porter les courses</translation>
    </message>
    <message>
        <source>Working in the garden</source>
        <translation>Jardiner</translation>
    </message>
    <message>
        <source>Use this example as an activity</source>
        <translation>Utiliser cet exemple comme activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Now (0–10)</source>
        <translation>Maintenant (0–10)</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save ratings</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>You can rate your activities later from Progress (Esc)</source>
        <translation>Vous pourrez noter vos activités plus tard depuis Progrès (Échap)</translation>
    </message>
    <message>
        <source>e.g. putting on socks</source>
        <translation>p. ex. mettre ses chaussettes</translation>
    </message>
    <message>
        <source>Activity %d</source>
        <translation>Activité %d</translation>
    </message>
    <message>
        <source>Activity %d, how well you can do it now</source>
        <translation>Activité %d, dans quelle mesure vous arrivez à la faire maintenant</translation>
    </message>
    <message>
        <source>0 means you cannot do it, 10 as well as before. Type 0 to 9, or + for 10.</source>
        <translation>0 veut dire que vous ne pouvez pas la faire, 10 aussi bien qu&apos;avant. Tapez 0 à 9, ou + pour 10.</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Ne plus noter</translation>
    </message>
    <message>
        <source>Stop rating activity %d</source>
        <translation>Ne plus noter l&apos;activité %d</translation>
    </message>
    <message>
        <source>Its past ratings stay in your history</source>
        <translation>Ses notes passées restent dans votre historique</translation>
    </message>
    <message>
        <source>last time %d</source>
        <translation>avant&#xa0;: %d</translation>
    </message>
    <message>
        <source>Each activity needs a name.</source>
        <translation>Chaque activité doit avoir un nom.</translation>
    </message>
    <message>
        <source>The same activity is named twice.</source>
        <translation>La même activité est nommée deux fois.</translation>
    </message>
    <message>
        <source>Please name 3 to 5 activities.</source>
        <translation>Nommez 3 à 5 activités.</translation>
    </message>
    <message>
        <source>Keep at least one activity, or choose Not now.</source>
        <translation>Gardez au moins une activité, ou choisissez Pas maintenant.</translation>
    </message>
    <message>
        <source>Please rate each new activity from 0 to 10.</source>
        <translation>Notez chaque nouvelle activité de 0 à 10.</translation>
    </message>
    <message>
        <source>Please rate each activity from 0 to 10.</source>
        <translation>Notez chaque activité de 0 à 10.</translation>
    </message>
    <message>
        <source>Please rate at least one activity.</source>
        <translation>Notez au moins une activité.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%d points</source>
        <translation>%d points</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>Comment se passe une séance</translation>
    </message>
    <message>
        <source>Press “Start” on Home. BackCoach first asks how much your back hurts right now, from 0 (no pain) to 10 (the worst you can imagine). That is your starting point for today.</source>
        <translation>Appuyez sur «&#xa0;Commencer&#xa0;» sur l&apos;accueil. BackCoach vous demande d&apos;abord à quel point votre dos vous fait mal en ce moment, de 0 (aucune douleur) à 10 (la pire douleur imaginable). C&apos;est votre point de départ pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Then comes one exercise at a time: a moving picture, the steps, and a big timer for a hold or a counter for repetitions. Soft sounds and a voice say when to start, switch sides and rest, so you can stay on the mat.</source>
        <translation>Viennent ensuite les exercices, un par un&#xa0;: une image animée, les étapes, et un grand minuteur pour un maintien ou un compteur pour les répétitions. Des sons doux et une voix vous disent quand commencer, changer de côté et vous reposer, pour que vous restiez sur le tapis.</translation>
    </message>
    <message>
        <source>Between exercises there is a short rest, and now and then BackCoach asks again how your back feels. Press a number key, or click the number.</source>
        <translation>Entre les exercices, il y a un court repos, et de temps en temps BackCoach vous redemande comment va votre dos. Tapez le chiffre au clavier, ou cliquez dessus.</translation>
    </message>
    <message>
        <source>At the end you see what you did. Every rating is saved the moment you give it, so stopping early loses nothing.</source>
        <translation>À la fin, vous voyez ce que vous avez fait. Chaque note est enregistrée dès que vous la donnez&#xa0;: arrêter plus tôt ne fait rien perdre.</translation>
    </message>
    <message>
        <source>Space pauses and carries on. Esc ends the session.</source>
        <translation>Espace met en pause et reprend. Échap arrête la séance.</translation>
    </message>
    <message>
        <source>Your daily goal is %d minutes. Doing a little every day helps more than doing a lot now and then.</source>
        <translation>Votre objectif quotidien est de %d minutes. En faire un peu chaque jour aide plus qu&apos;en faire beaucoup de temps en temps.</translation>
    </message>
    <message>
        <source>If your pain rises</source>
        <translation>Si votre douleur monte</translation>
    </message>
    <message>
        <source>Some pain while you exercise is normal and does not mean you are doing harm. Up to 5 out of 10 during an exercise is fine.</source>
        <translation>Un peu de douleur pendant l&apos;exercice est normal et ne veut pas dire que vous vous faites du mal. Jusqu&apos;à 5 sur 10 pendant un exercice, c&apos;est acceptable.</translation>
    </message>
    <message>
        <source>The rule BackCoach follows: if your pain goes %s or more above where you started today, it pauses the session and suggests a break. You can then rest and rate again, try an easier version, skip that exercise, or stop for today.</source>
        <translation>La règle que suit BackCoach&#xa0;: si votre douleur monte de %s ou plus au-dessus de votre point de départ du jour, il interrompt la séance et vous propose une pause. Vous pouvez alors vous reposer et noter à nouveau, essayer une version plus facile, passer cet exercice ou vous arrêter pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>If the pain stays up after resting, stopping for today is the best choice. Gentle moving about, like a short walk, is still good for your back.</source>
        <translation>Si la douleur reste forte après le repos, le mieux est de vous arrêter pour aujourd&apos;hui. Bouger doucement, par exemple une petite marche, reste bon pour votre dos.</translation>
    </message>
    <message>
        <source>On a day that starts with high pain (%d or more), BackCoach offers a gentler session and suggests a break at any rise.</source>
        <translation>Un jour qui commence avec une douleur forte (%d ou plus), BackCoach propose une séance plus douce et une pause à la moindre hausse.</translation>
    </message>
    <message>
        <source>The number of points can be changed in Settings, under Exercise sessions, but only do that if your physiotherapist suggests it.</source>
        <translation>Le nombre de points se change dans Réglages, sous Séances d&apos;exercices, mais ne le faites que si votre kinésithérapeute vous le conseille.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <source>Everything BackCoach keeps (your ratings, sessions, routines and settings) is in one folder on this computer:</source>
        <translation>Tout ce que BackCoach garde (vos notes, séances, routines et réglages) se trouve dans un seul dossier de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere: BackCoach has no account and does not use the internet.</source>
        <translation>Rien n&apos;est envoyé nulle part&#xa0;: BackCoach n&apos;a pas de compte et n&apos;utilise pas Internet.</translation>
    </message>
    <message>
        <source>Each day BackCoach puts a copy of your data in the “backups” folder inside it, and keeps the last seven. Restore one on the “Your data” screen.</source>
        <translation>Chaque jour, BackCoach met une copie de vos données dans le dossier «&#xa0;backups&#xa0;» qu&apos;il contient, et garde les sept dernières. Vous pouvez en restaurer une dans l&apos;écran «&#xa0;Vos données&#xa0;».</translation>
    </message>
    <message>
        <source>To keep a copy somewhere else or move to another computer, use “Export everything” on the “Your data” screen. To show your physiotherapist how it is going, use “Report for my physiotherapist” on the Progress screen.</source>
        <translation>Pour garder une copie ailleurs ou changer d&apos;ordinateur, utilisez «&#xa0;Tout exporter&#xa0;» dans l&apos;écran «&#xa0;Vos données&#xa0;». Pour montrer à votre kinésithérapeute comment cela se passe, utilisez «&#xa0;Rapport pour mon kinésithérapeute&#xa0;» dans l&apos;écran Progrès.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — BackCoach</source>
        <translation>Aide — BackCoach</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Sujets d&apos;aide</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>Comment se passe une séance</translation>
    </message>
    <message>
        <source>What the pain rule means</source>
        <translation>Ce que veut dire la règle de la douleur</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Affiche le dossier des données dans votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard.</source>
        <translation>Tout BackCoach s&apos;utilise au clavier.</translation>
    </message>
    <message>
        <source>A session</source>
        <translation>Une séance</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to BackCoach</source>
        <translation>Bienvenue dans BackCoach</translation>
    </message>
    <message>
        <source>Your routine is below. When you are ready, put a mat on the floor near the screen and press Start: BackCoach guides you through each exercise.</source>
        <translation>Votre routine est ci-dessous. Quand vous le souhaitez, posez un tapis au sol près de l&apos;écran et appuyez sur Commencer&#xa0;: BackCoach vous guide dans chaque exercice.</translation>
    </message>
    <message>
        <source>Carry on with that session</source>
        <translation>Reprendre cette séance</translation>
    </message>
    <message>
        <source>Please check with a clinician first</source>
        <translation>Demandez d&apos;abord l&apos;avis d&apos;un soignant</translation>
    </message>
    <message>
        <source>You told us you have one or more of the warning signs. Please speak to a doctor or physiotherapist before you exercise. If any of the urgent signs apply, get medical help now.</source>
        <translation>Vous nous avez indiqué avoir un ou plusieurs signes d&apos;alerte. Parlez-en à un médecin ou à un kinésithérapeute avant de faire des exercices. Si l&apos;un des signes urgents vous concerne, demandez une aide médicale tout de suite.</translation>
    </message>
    <message>
        <source>See the warning signs</source>
        <translation>Voir les signes d&apos;alerte</translation>
    </message>
    <message>
        <source>I have checked with a clinician</source>
        <translation>J&apos;ai demandé l&apos;avis d&apos;un soignant</translation>
    </message>
    <message>
        <source>Minutes exercised today</source>
        <translation>Minutes d&apos;exercice aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Choose another routine</source>
        <translation>Choisir une autre routine</translation>
    </message>
    <message>
        <source>Where should I start?</source>
        <translation>Par où commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Answer the direction questions again</source>
        <translation>Répondre à nouveau aux questions sur la direction</translation>
    </message>
    <message>
        <source>How is my back today?</source>
        <translation>Comment va mon dos aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Rate your pain and stiffness now (a check-in)</source>
        <translation>Notez votre douleur et votre raideur maintenant (un bilan)</translation>
    </message>
    <message>
        <source>A lighter session today?</source>
        <translation>Une séance plus légère aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Your back is more sore this morning than before yesterday&apos;s session. Soreness for a day or two is normal; today, go a little easier: one set fewer, shorter holds and fewer reps. Your routine itself stays as it is.</source>
        <translation>Votre dos est plus douloureux ce matin qu&apos;avant la séance d&apos;hier. Des courbatures pendant un jour ou deux sont normales&#xa0;; aujourd&apos;hui, allez-y un peu plus doucement&#xa0;: une série de moins, des maintiens plus courts et moins de répétitions. Votre routine elle-même ne change pas.</translation>
    </message>
    <message>
        <source>Start the lighter session</source>
        <translation>Commencer la séance plus légère</translation>
    </message>
    <message>
        <source>Yes, change my routine</source>
        <translation>Oui, modifier ma routine</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>BackCoach will not offer this change again</source>
        <translation>BackCoach ne proposera plus ce changement</translation>
    </message>
    <message>
        <source>Rate my activities</source>
        <translation>Noter mes activités</translation>
    </message>
    <message>
        <source>One short screen, about a minute</source>
        <translation>Un seul écran court, environ une minute</translation>
    </message>
    <message>
        <source>Ask again in a few days</source>
        <translation>Redemander dans quelques jours</translation>
    </message>
    <message>
        <source>The pain rule</source>
        <translation>La règle de la douleur</translation>
    </message>
    <message>
        <source>Little and often</source>
        <translation>Un peu, mais souvent</translation>
    </message>
    <message>
        <source>Pick a few exercises that suit you and keep to a regular schedule: that is what brings results, and about 15 minutes a day has been shown to help. Walking, cycling or swimming count too. Feeling a bit sore for a day or two is normal.</source>
        <translation>Choisissez quelques exercices qui vous conviennent et faites-les régulièrement&#xa0;: c&apos;est ce qui donne des résultats, et environ 15 minutes par jour ont montré leur efficacité. La marche, le vélo ou la natation comptent aussi. Avoir des courbatures un jour ou deux est normal.</translation>
    </message>
    <message>
        <source>BackCoach does not diagnose. Some signs need urgent help now, not exercise: numbness around the bottom or genitals, new trouble passing urine, or weakness in the legs. Others need a doctor soon.</source>
        <translation>BackCoach ne pose pas de diagnostic. Certains signes demandent une aide urgente, pas des exercices&#xa0;: une perte de sensibilité autour des fesses ou des organes génitaux, des difficultés nouvelles pour uriner, ou une perte de force dans les jambes. D&apos;autres demandent de voir un médecin rapidement.</translation>
    </message>
    <message>
        <source>Before you start, rate your pain from 0 (none) to 10 (the worst you can imagine). If it rises %s or more while you exercise, stop, rest and let it settle. Some discomfort is fine: it does not mean harm.</source>
        <translation>Avant de commencer, notez votre douleur de 0 (aucune) à 10 (la pire imaginable). Si elle monte de %s ou plus pendant l&apos;exercice, arrêtez-vous, reposez-vous et laissez-la se calmer. Un peu d&apos;inconfort est acceptable&#xa0;: ce n&apos;est pas un signe de lésion.</translation>
    </message>
    <message>
        <source>You ended “%s” early. Ended by mistake? You can carry on where you stopped for about %d more minutes.</source>
        <translation>Vous avez arrêté «&#xa0;%s&#xa0;» avant la fin. Par erreur&#xa0;? Vous pouvez reprendre là où la séance s&apos;est arrêtée pendant encore environ %d minutes.</translation>
    </message>
    <message>
        <source>Time to rate your activities again</source>
        <translation>C&apos;est le moment de noter à nouveau vos activités</translation>
    </message>
    <message>
        <source>It has been about two weeks: how well can you do the activities you named? It helps you and your physiotherapist see what has changed.</source>
        <translation>Cela fait environ deux semaines&#xa0;: dans quelle mesure arrivez-vous à faire les activités que vous avez choisies&#xa0;? Cela vous aide, vous et votre kinésithérapeute, à voir ce qui a changé.</translation>
    </message>
    <message>
        <source>What you can do again</source>
        <translation>Ce que vous pouvez refaire</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No routine chosen yet</source>
        <translation>Aucune routine choisie pour l&apos;instant</translation>
    </message>
    <message>
        <source>Answer a few questions to get a starter plan, or make your own.</source>
        <translation>Répondez à quelques questions pour obtenir un programme de départ, ou créez le vôtre.</translation>
    </message>
    <message>
        <source>Today&apos;s routine · %s</source>
        <translation>Routine du jour · %s</translation>
    </message>
    <message>
        <source>%d minutes today: daily goal reached. Well done!</source>
        <translation>%d minutes aujourd&apos;hui&#xa0;: objectif du jour atteint. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>%d of %d minutes today</source>
        <translation>%d minutes sur %d aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>KeysTable</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ou&#xa0;?</translation>
    </message>
    <message>
        <source>Open this help</source>
        <translation>Ouvrir cette aide</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Quitter BackCoach</translation>
    </message>
    <message>
        <source>Ctrl+W or Ctrl+F4</source>
        <translation>Ctrl+W ou Ctrl+F4</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activer ou quitter le plein écran</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Go to the next or the previous control</source>
        <translation>Aller à l&apos;élément suivant ou précédent</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Appuyer sur le bouton ou cocher la case sélectionnés</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Change a value, or move through a list</source>
        <translation>Changer une valeur, ou parcourir une liste</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close a message or this help</source>
        <translation>Fermer un message ou cette aide</translation>
    </message>
    <message>
        <source>Exercises screen</source>
        <translation>Écran Exercices</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the exercises</source>
        <translation>Chercher dans les exercices</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>Move through the exercises</source>
        <translation>Parcourir les exercices</translation>
    </message>
    <message>
        <source>Routines screen</source>
        <translation>Écran Routines</translation>
    </message>
    <message>
        <source>Alt+↑, Alt+↓</source>
        <translation>Alt+↑, Alt+↓</translation>
    </message>
    <message>
        <source>Move the chosen exercise up or down</source>
        <translation>Monter ou descendre l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the chosen exercise from the routine</source>
        <translation>Retirer l&apos;exercice choisi de la routine</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Put back the exercise just removed</source>
        <translation>Remettre l&apos;exercice qui vient d&apos;être retiré</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>Pause, or carry on</source>
        <translation>Mettre en pause, ou continuer</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>Revenir au début de cet exercice, ou au précédent</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Skip this exercise, or the rest</source>
        <translation>Passer cet exercice, ou le repos</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Set done (for exercises counted in reps)</source>
        <translation>Série terminée (pour les exercices en répétitions)</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 à 9</translation>
    </message>
    <message>
        <source>Rate your pain</source>
        <translation>Noter votre douleur</translation>
    </message>
    <message>
        <source>+ (or = or T)</source>
        <translation>+ (ou = ou T)</translation>
    </message>
    <message>
        <source>Rate your pain 10</source>
        <translation>Noter votre douleur à 10</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>More time to get ready, switch sides or rest</source>
        <translation>Plus de temps pour se préparer, changer de côté ou se reposer</translation>
    </message>
    <message>
        <source>End the session (asks first: Enter keeps going, E ends)</source>
        <translation>Arrêter la séance (avec confirmation&#xa0;: Entrée continue, E arrête)</translation>
    </message>
    <message>
        <source>When a session suggests a break</source>
        <translation>Quand une séance propose une pause</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Rest, then rate your pain again</source>
        <translation>Se reposer, puis noter à nouveau la douleur</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Try the easier version</source>
        <translation>Essayer la version plus facile</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Passer cet exercice</translation>
    </message>
    <message>
        <source>End the session (asks first)</source>
        <translation>Arrêter la séance (avec confirmation)</translation>
    </message>
    <message>
        <source>When a session is complete</source>
        <translation>Quand une séance est terminée</translation>
    </message>
    <message>
        <source>Enter, Space or Esc</source>
        <translation>Entrée, Espace ou Échap</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Go to %s</source>
        <translation>Aller à %s</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Les touches et leur rôle</translation>
    </message>
    <message>
        <source>Groups of keys, each key with what it does. Use the arrow keys to read.</source>
        <translation>Groupes de touches, chacune avec son rôle. Lisez avec les flèches.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;elle fait</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Ctrl and a number also opens a screen</source>
        <translation>Ctrl et un chiffre ouvrent aussi un écran</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>How BackCoach works, and its keys (F1)</source>
        <translation>Comment fonctionne BackCoach, et ses touches (F1)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Quitter BackCoach</translation>
    </message>
    <message>
        <source>Close BackCoach (Ctrl+Q)</source>
        <translation>Fermer BackCoach (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation>À propos des preuves</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation>Séance d&apos;exercices</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Vos activités</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>Use the “%s” plan on Home instead of “%s”?</source>
        <translation>Utiliser le programme «&#xa0;%s&#xa0;» sur l&apos;accueil au lieu de «&#xa0;%s&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your routine stays in Routines either way; you can switch back any time.</source>
        <translation>Votre routine reste dans Routines dans tous les cas&#xa0;; vous pouvez revenir en arrière quand vous voulez.</translation>
    </message>
    <message>
        <source>Use “%s”</source>
        <translation>Utiliser «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Keep my routine</source>
        <translation>Garder ma routine</translation>
    </message>
    <message>
        <source>These ratings could not be saved: %s</source>
        <translation>Ces notes n&apos;ont pas pu être enregistrées&#xa0;: %s</translation>
    </message>
    <message>
        <source>Your last session stopped before it was finished. Everything you did was saved.

Do you want to carry on where you stopped?</source>
        <translation>Votre dernière séance s&apos;est arrêtée avant la fin. Tout ce que vous avez fait est enregistré.

Voulez-vous la reprendre là où elle s&apos;est arrêtée&#xa0;?</translation>
    </message>
    <message>
        <source>Today: %d minutes. Today&apos;s goal of %d minutes is reached.</source>
        <translation>Aujourd&apos;hui&#xa0;: %d minutes. L&apos;objectif du jour de %d minutes est atteint.</translation>
    </message>
    <message>
        <source>Today: %d of %d minutes.</source>
        <translation>Aujourd&apos;hui&#xa0;: %d minutes sur %d.</translation>
    </message>
    <message>
        <source>%s (my copy)</source>
        <translation>%s (ma copie)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <source>goal %d min</source>
        <translation>objectif %d min</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep everything as it was (Esc)</source>
        <translation>Tout laisser comme avant (Échap)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Welcome to BackCoach</source>
        <translation>Bienvenue dans BackCoach</translation>
    </message>
    <message>
        <source>A few exercises done on a regular schedule, about a quarter of an hour a day, can make a real difference to low back pain. This short set-up helps you start safely and in a direction that suits your back.</source>
        <translation>Quelques exercices faits régulièrement, environ un quart d&apos;heure par jour, peuvent vraiment changer les choses en cas de mal de dos. Cette courte mise en route vous aide à commencer en sécurité, dans une direction qui convient à votre dos.</translation>
    </message>
    <message>
        <source>What BackCoach does</source>
        <translation>Ce que fait BackCoach</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Ce qu&apos;il ne fait pas</translation>
    </message>
    <message>
        <source>First, a safety check</source>
        <translation>D&apos;abord, une vérification de sécurité</translation>
    </message>
    <message>
        <source>I have none of these</source>
        <translation>Je n&apos;ai aucun de ces signes</translation>
    </message>
    <message>
        <source>I have one or more of these</source>
        <translation>J&apos;ai un ou plusieurs de ces signes</translation>
    </message>
    <message>
        <source>Thank you for telling us. Please speak to a doctor or physiotherapist before you start exercising. If you have any of the urgent signs above, get medical help now.

You can still look around BackCoach, and Home will remind you to check with a clinician first.</source>
        <translation>Merci de nous l&apos;avoir dit. Parlez-en à un médecin ou à un kinésithérapeute avant de commencer les exercices. Si vous avez l&apos;un des signes urgents ci-dessus, demandez une aide médicale tout de suite.

Vous pouvez quand même découvrir BackCoach, et l&apos;accueil vous rappellera de demander d&apos;abord l&apos;avis d&apos;un soignant.</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>Your starting point</source>
        <translation>Votre point de départ</translation>
    </message>
    <message>
        <source>Prefer a different start?</source>
        <translation>Vous préférez un autre départ&#xa0;?</translation>
    </message>
    <message>
        <source>Starting direction</source>
        <translation>Direction de départ</translation>
    </message>
    <message>
        <source>Pick another starting direction if you prefer</source>
        <translation>Choisissez une autre direction de départ si vous préférez</translation>
    </message>
    <message>
        <source>Extension: gentle arching backwards</source>
        <translation>Extension&#xa0;: se cambrer doucement vers l&apos;arrière</translation>
    </message>
    <message>
        <source>Flexion: gentle bending forward</source>
        <translation>Flexion&#xa0;: se pencher doucement vers l&apos;avant</translation>
    </message>
    <message>
        <source>Gentle movement in all directions</source>
        <translation>Mouvements doux dans toutes les directions</translation>
    </message>
    <message>
        <source>Start gently. Over the weeks BackCoach will suggest small steps toward the movements that bother you now, so your back gets used to them.</source>
        <translation>Commencez en douceur. Au fil des semaines, BackCoach vous proposera de petits pas vers les mouvements qui vous gênent aujourd&apos;hui, pour que votre dos s&apos;y habitue.</translation>
    </message>
    <message>
        <source>Suggested plan: %s (%s)</source>
        <translation>Programme proposé&#xa0;: %s (%s)</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Étape %d sur %d</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Use this start</source>
        <translation>Choisir ce départ</translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation>Commencer avec BackCoach</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Note de douleur de 0 à 10</translation>
    </message>
    <message>
        <source>Press a number key from 0 to 9, or plus for 10, or click a number.</source>
        <translation>Appuyez sur une touche de 0 à 9, ou sur plus pour 10, ou cliquez sur un chiffre.</translation>
    </message>
    <message>
        <source>Pain %d, %s</source>
        <translation>Douleur %d, %s</translation>
    </message>
    <message>
        <source>0  No pain</source>
        <translation>0  Aucune douleur</translation>
    </message>
    <message>
        <source>0–2 safe  ·  3–5 acceptable  ·  6–10 high</source>
        <translation>0–2&#xa0;sans&#xa0;risque  ·  3–5&#xa0;acceptable  ·  6–10&#xa0;forte</translation>
    </message>
    <message>
        <source>Worst imaginable  10</source>
        <translation>Pire imaginable  10</translation>
    </message>
</context>
<context>
    <name>PainTrendChart</name>
    <message>
        <source>safe</source>
        <translation>sans risque</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>high</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>pain rises</source>
        <translation>hausses de douleur</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Point at a day, or use the arrow keys on the chart, to see its numbers.</source>
        <translation>Pointez un jour, ou utilisez les flèches sur le graphique, pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>%d h %02d min</source>
        <translation>%d h %02d min</translation>
    </message>
    <message>
        <source>%d h</source>
        <translation>%d h</translation>
    </message>
    <message>
        <source>no stiffness</source>
        <translation>pas de raideur</translation>
    </message>
    <message>
        <source>some stiffness</source>
        <translation>un peu de raideur</translation>
    </message>
    <message>
        <source>a lot of stiffness</source>
        <translation>beaucoup de raideur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a day, then what happened on it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>before %s, highest %s, after %s</source>
        <translation>avant %s, maximum %s, après %s</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>pas de séance</translation>
    </message>
    <message>
        <source>7-day average %s</source>
        <translation>moyenne sur 7 jours %s</translation>
    </message>
    <message>
        <source>1 flare</source>
        <translation>1 hausse de la douleur</translation>
    </message>
    <message>
        <source>%d flares</source>
        <translation>%d hausses de la douleur</translation>
    </message>
    <message>
        <source>morning check-in %d, %s</source>
        <translation>bilan du matin %d, %s</translation>
    </message>
    <message>
        <source>no exercise</source>
        <translation>pas d&apos;exercice</translation>
    </message>
    <message>
        <source>%s in sessions</source>
        <translation>%s en séances</translation>
    </message>
    <message>
        <source>%s of other activities</source>
        <translation>%s d&apos;autres activités</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>Week of %s</source>
        <translation>Semaine du %s</translation>
    </message>
    <message>
        <source>%s, on average: before %s, highest %s, after %s</source>
        <translation>%s, en moyenne&#xa0;: avant %s, maximum %s, après %s</translation>
    </message>
    <message>
        <source>%s: %s a day on average (%s in sessions, %s of other activities)</source>
        <translation>%s&#xa0;: %s par jour en moyenne (%s en séances, %s d&apos;autres activités)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>How your back and your exercise have been going.</source>
        <translation>Comment évoluent votre dos et vos exercices.</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Noter une activité</translation>
    </message>
    <message>
        <source>Walking, cycling, swimming or anything you enjoy: it counts too</source>
        <translation>Marche, vélo, natation ou toute activité que vous aimez&#xa0;: cela compte aussi</translation>
    </message>
    <message>
        <source>Sessions and activities…</source>
        <translation>Séances et activités…</translation>
    </message>
    <message>
        <source>Find, open, change or delete what you logged, with undo</source>
        <translation>Retrouver, ouvrir, modifier ou supprimer ce que vous avez noté, avec possibilité d&apos;annuler</translation>
    </message>
    <message>
        <source>Report for my physiotherapist…</source>
        <translation>Rapport pour mon kinésithérapeute…</translation>
    </message>
    <message>
        <source>A PDF of the period shown, to print or send</source>
        <translation>Un PDF de la période affichée, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <source>Show the last:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation>Afficher&#xa0;: %s</translation>
    </message>
    <message>
        <source>Your charts fill in as you go</source>
        <translation>Vos graphiques se remplissent au fil du temps</translation>
    </message>
    <message>
        <source>After your first session you will see your pain before and after, your minutes against the daily goal, and which exercises suit your back. Walks, rides and swims count too: log them with &quot;Log an activity&quot;.</source>
        <translation>Après votre première séance, vous verrez votre douleur avant et après, vos minutes par rapport à l&apos;objectif du jour, et les exercices qui conviennent à votre dos. Les marches, sorties à vélo et séances de natation comptent aussi&#xa0;: notez-les avec «&#xa0;Noter une activité&#xa0;».</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Minutes of exercise a day</source>
        <translation>Minutes d&apos;exercice par jour</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Graphique de la douleur</translation>
    </message>
    <message>
        <source>Minutes of exercise chart</source>
        <translation>Graphique des minutes d&apos;exercice</translation>
    </message>
    <message>
        <source>Your history could not be read: %s</source>
        <translation>Votre historique n&apos;a pas pu être lu&#xa0;: %s</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Lecture de votre historique…</translation>
    </message>
    <message>
        <source>Each bar is a week: the minutes a day, on average.</source>
        <translation>Chaque barre est une semaine&#xa0;: les minutes par jour, en moyenne.</translation>
    </message>
    <message>
        <source>Each bar is a month: the minutes a day, on average.</source>
        <translation>Chaque barre est un mois&#xa0;: les minutes par jour, en moyenne.</translation>
    </message>
    <message>
        <source>Each mark is the average of a week; the line is day by day.</source>
        <translation>Chaque point est la moyenne d&apos;une semaine&#xa0;; la ligne suit les jours.</translation>
    </message>
    <message>
        <source>Each mark is the average of a month; the line is day by day.</source>
        <translation>Chaque point est la moyenne d&apos;un mois&#xa0;; la ligne suit les jours.</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>avant une séance</translation>
    </message>
    <message>
        <source>highest during it</source>
        <translation>maximum pendant</translation>
    </message>
    <message>
        <source>after it</source>
        <translation>après</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>morning check-in</source>
        <translation>bilan du matin</translation>
    </message>
    <message>
        <source>break for a pain rise (%s or more)</source>
        <translation>pause pour une hausse de la douleur (%s ou plus)</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>other activities</source>
        <translation>autres activités</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objectif du jour</translation>
    </message>
    <message>
        <source>Drawing your chart…</source>
        <translation>Tracé de votre graphique…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Exercise a day</source>
        <translation>Exercice par jour</translation>
    </message>
    <message>
        <source>Pain before sessions</source>
        <translation>Douleur avant les séances</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Jours d&apos;affilée</translation>
    </message>
    <message>
        <source>about %s a week</source>
        <translation>environ %s par semaine</translation>
    </message>
    <message>
        <source>goal of %d min reached on %d of %d days</source>
        <translation>objectif de %d min atteint %d jours sur %d</translation>
    </message>
    <message>
        <source>no ratings in this period</source>
        <translation>pas de note sur cette période</translation>
    </message>
    <message>
        <source>after sessions: %s</source>
        <translation>après les séances&#xa0;: %s</translation>
    </message>
    <message>
        <source>longest: %d</source>
        <translation>record&#xa0;: %d</translation>
    </message>
    <message>
        <source>longest: …</source>
        <translation>record&#xa0;: …</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Jours actifs</translation>
    </message>
    <message>
        <source>no exercise</source>
        <translation>pas d&apos;exercice</translation>
    </message>
    <message>
        <source>some</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>half the goal or more</source>
        <translation>la moitié de l&apos;objectif ou plus</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>under half the days</source>
        <translation>moins de la moitié des jours</translation>
    </message>
    <message>
        <source>half the days or more</source>
        <translation>la moitié des jours ou plus</translation>
    </message>
    <message>
        <source>8 days in 10 or more</source>
        <translation>8 jours sur 10 ou plus</translation>
    </message>
    <message>
        <source>Active on %d of %d days; daily goal reached on %d.</source>
        <translation>Actif %d jours sur %d&#xa0;; objectif du jour atteint %d fois.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <source>How your pain changed from just before an exercise: below zero it eased, above zero it rose. Some pain while exercising is fine and not harmful. Exercises you did at least 3 times are listed.</source>
        <translation>Comment votre douleur a changé par rapport à juste avant un exercice&#xa0;: en dessous de zéro elle a baissé, au-dessus elle a augmenté. Un peu de douleur pendant l&apos;exercice est acceptable et sans danger. Seuls les exercices faits au moins 3 fois sont listés.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Not enough sessions with pain ratings in this period yet.</source>
        <translation>Pas encore assez de séances avec des notes de douleur sur cette période.</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>pain %s → %s</source>
        <translation>douleur %s → %s</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>between exercises</source>
        <translation>entre deux exercices</translation>
    </message>
    <message>
        <source>%s on %s</source>
        <translation>%s le %s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Pain not rated</source>
        <translation>Douleur non notée</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note&#xa0;: %s</translation>
    </message>
    <message>
        <source>%s on %s, %s to %s</source>
        <translation>%s le %s, de %s à %s</translation>
    </message>
    <message>
        <source>%s on %s, %s</source>
        <translation>%s le %s, %s</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Exercise time: %d min</source>
        <translation>Temps d&apos;exercice&#xa0;: %d min</translation>
    </message>
    <message>
        <source>before %s</source>
        <translation>avant %s</translation>
    </message>
    <message>
        <source>highest during it %s</source>
        <translation>maximum pendant la séance %s</translation>
    </message>
    <message>
        <source>after %s</source>
        <translation>après %s</translation>
    </message>
    <message>
        <source>Pain %s</source>
        <translation>Douleur&#xa0;: %s</translation>
    </message>
    <message>
        <source> (left side)</source>
        <translation> (côté gauche)</translation>
    </message>
    <message>
        <source> (right side)</source>
        <translation> (côté droit)</translation>
    </message>
    <message>
        <source>begun, stopped before a full set</source>
        <translation>commencé, arrêté avant une série complète</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>1 set done</source>
        <translation>1 série faite</translation>
    </message>
    <message>
        <source>%d sets done</source>
        <translation>%d séries faites</translation>
    </message>
    <message>
        <source>%s, then stopped</source>
        <translation>%s, puis arrêt</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>an exercise of a session, then how it went</comment>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Breaks for a pain rise: %d</source>
        <translation>Pauses pour une hausse de la douleur&#xa0;: %d</translation>
    </message>
    <message>
        <source>the session “%s” of %s at %s</source>
        <translation>la séance «&#xa0;%s&#xa0;» du %s à %s</translation>
    </message>
    <message>
        <source>the activity “%s” of %s</source>
        <translation>l&apos;activité «&#xa0;%s&#xa0;» du %s</translation>
    </message>
    <message>
        <source>Deleted %s.</source>
        <translation>Supprimé&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Logged %s.</source>
        <translation>Noté&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Changed %s.</source>
        <translation>Modifié&#xa0;: %s.</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <source>Your sessions and activities</source>
        <translation>Vos séances et activités</translation>
    </message>
    <message>
        <source>Open one to see what was done. Change an activity, or delete a session or activity logged by mistake: you can undo it.</source>
        <translation>Ouvrez-en une pour voir ce qui a été fait. Modifiez une activité, ou supprimez une séance ou une activité notée par erreur&#xa0;: vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Sessions and activities, newest first</source>
        <translation>Séances et activités, des plus récentes aux plus anciennes</translation>
    </message>
    <message>
        <source>Enter opens or changes the one chosen; Delete removes it</source>
        <translation>Entrée ouvre ou modifie l&apos;élément choisi&#xa0;; Suppr le supprime</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>The record chosen</source>
        <translation>L&apos;élément choisi</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Session: %s</source>
        <translation>Séance&#xa0;: %s</translation>
    </message>
    <message>
        <source>Activity: %s</source>
        <translation>Activité&#xa0;: %s</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>Annulé&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open BackCoach</source>
        <translation>Ouvrir BackCoach</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Quitter BackCoach</translation>
    </message>
    <message>
        <source>BackCoach is still running here, so your reminders can come.</source>
        <translation>BackCoach reste ouvert ici, pour que vos rappels puissent arriver.</translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation>C&apos;est l&apos;heure de vos exercices pour le dos</translation>
    </message>
    <message>
        <source>About %d minutes is enough. Click here to start.</source>
        <translation>Environ %d minutes suffisent. Cliquez ici pour commencer.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%s report</source>
        <translation>Rapport %s</translation>
    </message>
    <message>
        <source>Page %d of %d</source>
        <translation>Page %d sur %d</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sans risque</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>high</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>pain rises</source>
        <translation>hausses de douleur</translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation>amélioration significative</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>aggravation significative</translation>
    </message>
    <message>
        <source>no meaningful change</source>
        <translation>pas de changement significatif</translation>
    </message>
    <message>
        <source>Mean %s on %s (one rating so far).</source>
        <translation>Moyenne %s le %s (une seule évaluation pour l&apos;instant).</translation>
    </message>
    <message>
        <source>Mean %s on %s, %s on %s: %s, %s.</source>
        <translation>Moyenne %s le %s, %s le %s&#xa0;: %s, %s.</translation>
    </message>
    <message>
        <source>What the person can do (Patient-Specific Functional Scale)</source>
        <translation>Ce que la personne peut faire (échelle fonctionnelle spécifique au patient, PSFS)</translation>
    </message>
    <message>
        <source>Not set up: no activities were named.</source>
        <translation>Non renseignée&#xa0;: aucune activité n&apos;a été nommée.</translation>
    </message>
    <message>
        <source>1 rating round.</source>
        <translation>1 série d&apos;évaluations.</translation>
    </message>
    <message>
        <source>%d rating rounds.</source>
        <translation>%d séries d&apos;évaluations.</translation>
    </message>
    <message>
        <source>Each activity was named by the person and is rated 0 (unable to do it) to 10 (as before the problem); the score is the mean. A change of 2 points in the mean, or 3 for one activity, is meaningful (Stratford 1995).</source>
        <translation>Chaque activité a été choisie par la personne et est cotée de 0 (incapable de la faire) à 10 (comme avant le problème)&#xa0;; le score est la moyenne. Un changement de 2 points de la moyenne, ou de 3 pour une activité, est significatif (Stratford 1995).</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>(no longer rated)</source>
        <translation>(n&apos;est plus évaluée)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>one rating so far</source>
        <translation>une seule évaluation pour l&apos;instant</translation>
    </message>
    <message>
        <source>mean (thick black line)</source>
        <translation>moyenne (trait noir épais)</translation>
    </message>
    <message>
        <source>rested, then went on</source>
        <translation>s&apos;est reposée, puis a continué</translation>
    </message>
    <message>
        <source>switched to an easier version</source>
        <translation>est passée à une version plus facile</translation>
    </message>
    <message>
        <source>skipped the exercise</source>
        <translation>a passé l&apos;exercice</translation>
    </message>
    <message>
        <source>ended the session</source>
        <translation>a arrêté la séance</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>a continué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>some</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>%d h %02d min</source>
        <translation>%d h %02d min</translation>
    </message>
    <message>
        <source>%d h</source>
        <translation>%d h</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>%d (%s a week)</source>
        <translation>%d (%s par semaine)</translation>
    </message>
    <message>
        <source>Days with exercise</source>
        <translation>Jours avec exercice</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d sur %d</translation>
    </message>
    <message>
        <source>Daily goal (%d min) reached</source>
        <translation>Objectif quotidien (%d min) atteint</translation>
    </message>
    <message>
        <source>1 of %d days</source>
        <translation>1 jour sur %d</translation>
    </message>
    <message>
        <source>%d of %d days</source>
        <translation>%d jours sur %d</translation>
    </message>
    <message>
        <source>Minutes of exercise</source>
        <translation>Minutes d&apos;exercice</translation>
    </message>
    <message>
        <source>%s in sessions, %s of other activities (%d logged); %s a day on average</source>
        <translation>%s en séances, %s d&apos;autres activités (activités enregistrées&#xa0;: %d)&#xa0;; %s par jour en moyenne</translation>
    </message>
    <message>
        <source>Longest run of active days</source>
        <translation>Plus longue suite de jours actifs</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%d days</source>
        <translation>%d jours</translation>
    </message>
    <message>
        <source>Pain before sessions (average)</source>
        <translation>Douleur avant les séances (moyenne)</translation>
    </message>
    <message>
        <source>Pain after sessions (average)</source>
        <translation>Douleur après les séances (moyenne)</translation>
    </message>
    <message>
        <source>Highest pain during a session</source>
        <translation>Douleur maximale pendant une séance</translation>
    </message>
    <message>
        <source>Pain rule used</source>
        <translation>Règle de la douleur appliquée</translation>
    </message>
    <message>
        <source>Pain rises (a break was advised)</source>
        <translation>Hausses de la douleur (une pause a été proposée)</translation>
    </message>
    <message>
        <source>Next-morning check-ins</source>
        <translation>Bilans du lendemain matin</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>In sessions</source>
        <translation>En séances</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Autres activités</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Pain rises</source>
        <translation>Hausses de la douleur</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>While doing it</source>
        <translation>Pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Juste après</translation>
    </message>
    <message>
        <source>No exercise was done with pain ratings at least %d times in this period.</source>
        <translation>Aucun exercice n&apos;a été fait avec des notes de douleur au moins %d fois sur cette période.</translation>
    </message>
    <message>
        <source>Average change in pain (0–10) from the rating just before an exercise to the highest rating while doing it, and to the rating given right after it. Below zero: the pain eased; above zero: it rose. Exercises done at least %d times, those that eased the pain most first.</source>
        <translation>Variation moyenne de la douleur (0–10) entre la note donnée juste avant un exercice et la note la plus haute pendant l&apos;exercice, puis la note donnée juste après. En dessous de zéro&#xa0;: la douleur a diminué&#xa0;; au-dessus de zéro&#xa0;: elle a augmenté. Exercices faits au moins %d fois, ceux qui ont le plus soulagé la douleur en premier.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>before the first exercise</source>
        <translation>avant le premier exercice</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message>
        <source>%d times</source>
        <translation>%d fois</translation>
    </message>
    <message>
        <source>No pain rose enough to call for a break in this period.</source>
        <translation>Sur cette période, la douleur n&apos;a jamais monté au point de justifier une pause.</translation>
    </message>
    <message>
        <source>The pain rose %s or more above the start of a session %s, most often with %s. The largest rise was from %d to %d (%s, %s).</source>
        <translation>La douleur est montée de %s ou plus au-dessus du début de la séance %s, le plus souvent avec %s. La plus forte hausse est passée de %d à %d (%s, %s).</translation>
    </message>
    <message>
        <source>%s and %s</source>
        <translation>%s et %s</translation>
    </message>
    <message>
        <source>The session was ended %s after a rise.</source>
        <translation>La séance a été arrêtée %s après une hausse.</translation>
    </message>
    <message>
        <source>No pain rises called for a break in this period.</source>
        <translation>Aucune hausse de la douleur n&apos;a justifié de pause sur cette période.</translation>
    </message>
    <message>
        <source>Rises</source>
        <translation>Hausses</translation>
    </message>
    <message>
        <source>Largest rise</source>
        <translation>Plus forte hausse</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain: start → rise</source>
        <translation>Douleur&#xa0;: début → hausse</translation>
    </message>
    <message>
        <source>What the person chose</source>
        <translation>Choix de la personne</translation>
    </message>
    <message>
        <source>The largest rise</source>
        <translation>La plus forte hausse</translation>
    </message>
    <message>
        <source>The %d largest rises</source>
        <translation>Les %d plus fortes hausses</translation>
    </message>
    <message>
        <source>No next-morning check-ins in this period.</source>
        <translation>Aucun bilan du lendemain matin sur cette période.</translation>
    </message>
    <message>
        <source>1 next-morning check-in.</source>
        <translation>1 bilan du lendemain matin.</translation>
    </message>
    <message>
        <source>%d next-morning check-ins.</source>
        <translation>%d bilans du lendemain matin.</translation>
    </message>
    <message>
        <source>None came the morning after a session with a pain rating to compare.</source>
        <translation>Aucun n&apos;a eu lieu le matin suivant une séance avec une note de douleur à comparer.</translation>
    </message>
    <message>
        <source>Every morning after a session (%d), the pain was the same as or lower than before that session.</source>
        <translation>Chaque matin après une séance (%d), la douleur était égale ou inférieure à celle d&apos;avant la séance.</translation>
    </message>
    <message>
        <source>1 higher</source>
        <translation>1 point de plus</translation>
    </message>
    <message>
        <source>up to %d higher</source>
        <translation>jusqu&apos;à %d points de plus</translation>
    </message>
    <message>
        <source>On %d of the %d mornings after a session, the pain was higher than before that session (%s); on the other %d it was the same or lower.</source>
        <translation>Le lendemain matin d&apos;une séance, la douleur était plus forte qu&apos;avant cette séance %d fois sur %d (%s)&#xa0;; les autres fois (%d), elle était égale ou plus faible.</translation>
    </message>
    <message>
        <source>On %d of the %d mornings after a session, the pain was higher than before that session (%s).</source>
        <translation>Le lendemain matin d&apos;une séance, la douleur était plus forte qu&apos;avant cette séance %d fois sur %d (%s).</translation>
    </message>
    <message>
        <source>The latest %d of %d check-ins are listed.</source>
        <translation>Les %d derniers bilans sur %d sont listés.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Raideur</translation>
    </message>
    <message>
        <source>Pain before the previous day&apos;s session</source>
        <translation>Douleur avant la séance de la veille</translation>
    </message>
    <message>
        <source>No other activities logged in this period.</source>
        <translation>Aucune autre activité enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>The latest %d of %d activities are listed.</source>
        <translation>Les %d dernières activités sur %d sont listées.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Douleur avant → après</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No routine chosen, and no session of a known routine.</source>
        <translation>Aucune routine choisie, et aucune séance d&apos;une routine connue.</translation>
    </message>
    <message>
        <source>(skipped %d)</source>
        <translation>(sauté&#xa0;: %d)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Séances faites</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Séries faites</translation>
    </message>
    <message>
        <source>(no routine is chosen: this is the routine of the latest session)</source>
        <translation>(aucune routine n&apos;est choisie&#xa0;: c&apos;est la routine de la dernière séance)</translation>
    </message>
    <message>
        <source>Done against it in the 1 session of the period: in how many sessions each exercise was done, and the sets done against the sets prescribed.</source>
        <translation>Suivi sur la seule séance de la période&#xa0;: le nombre de séances où chaque exercice a été fait, et les séries faites par rapport aux séries prescrites.</translation>
    </message>
    <message>
        <source>Done against it in the %d sessions of the period: in how many sessions each exercise was done, and the sets done against the sets prescribed.</source>
        <translation>Suivi sur les %d séances de la période&#xa0;: le nombre de séances où chaque exercice a été fait, et les séries faites par rapport aux séries prescrites.</translation>
    </message>
    <message>
        <source>none of the warning signs that need a doctor applied.</source>
        <translation>aucun des signes d&apos;alerte qui demandent l&apos;avis d&apos;un médecin n&apos;était présent.</translation>
    </message>
    <message>
        <source>at least one warning sign that needs a doctor applied; BackCoach advised seeing a clinician before exercising, and the user later chose to go on.</source>
        <translation>au moins un signe d&apos;alerte demandant l&apos;avis d&apos;un médecin était présent&#xa0;; BackCoach a conseillé de consulter un professionnel de santé avant de faire les exercices, et la personne a ensuite choisi de continuer.</translation>
    </message>
    <message>
        <source>at least one warning sign that needs a doctor applied; BackCoach advised seeing a clinician before exercising.</source>
        <translation>au moins un signe d&apos;alerte demandant l&apos;avis d&apos;un médecin était présent&#xa0;; BackCoach a conseillé de consulter un professionnel de santé avant de faire les exercices.</translation>
    </message>
    <message>
        <source>not answered.</source>
        <translation>sans réponse.</translation>
    </message>
    <message>
        <source>Warning-signs check:</source>
        <translation>Recherche des signes d&apos;alerte&#xa0;:</translation>
    </message>
    <message>
        <source>Direction check:</source>
        <translation>Test de direction&#xa0;:</translation>
    </message>
    <message>
        <source>not done.</source>
        <translation>non fait.</translation>
    </message>
    <message>
        <source>Direction, chosen by hand:</source>
        <translation>Direction, choisie manuellement&#xa0;:</translation>
    </message>
    <message>
        <source>Direction check result:</source>
        <translation>Résultat du test de direction&#xa0;:</translation>
    </message>
    <message>
        <source>Answers to the direction check:</source>
        <translation>Réponses au test de direction&#xa0;:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%s to %s</source>
        <translation>Du %s au %s</translation>
    </message>
    <message>
        <source>(1 day)</source>
        <translation>(1 jour)</translation>
    </message>
    <message>
        <source>(%d days)</source>
        <translation>(%d jours)</translation>
    </message>
    <message>
        <source>Made on %s with %s %s. It shows what was recorded in the app: pain on the 0–10 scale (0 no pain, 10 the worst imaginable) before, during and after home exercise sessions, next-morning check-ins and other activities. It is not a diagnosis.</source>
        <translation>Établi le %s avec %s %s. Il reprend ce qui a été enregistré dans l&apos;application&#xa0;: la douleur sur l&apos;échelle de 0 à 10 (0 aucune douleur, 10 la pire imaginable) avant, pendant et après les séances d&apos;exercices à domicile, les bilans du lendemain matin et les autres activités. Ce n&apos;est pas un diagnostic.</translation>
    </message>
    <message>
        <source>At first use</source>
        <translation>À la première utilisation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Current routine</source>
        <translation>Routine actuelle</translation>
    </message>
    <message>
        <source>Marks: %1 before a session, %2 highest during it, %3 after it, %4 next-morning check-in, %5 day with a pain rise; the line is the 7-day average of the pain before sessions. Zones: 0–2 safe, 3–5 acceptable, 6–10 high (pain-monitoring model).</source>
        <translation>Repères&#xa0;: %1 avant une séance, %2 maximum pendant la séance, %3 après, %4 bilan du lendemain matin, %5 jour avec une hausse de la douleur&#xa0;; la courbe est la moyenne sur 7 jours de la douleur avant les séances. Zones&#xa0;: 0–2 sans risque, 3–5 acceptable, 6–10 forte (modèle de surveillance de la douleur).</translation>
    </message>
    <message>
        <source>Each mark is a week&apos;s average.</source>
        <translation>Chaque repère est une moyenne hebdomadaire.</translation>
    </message>
    <message>
        <source>Each mark is a month&apos;s average.</source>
        <translation>Chaque repère est une moyenne mensuelle.</translation>
    </message>
    <message>
        <source>A pain rise is a rating %s or more above the rating before the session (the pain rule, with the threshold set in BackCoach): the session paused and offered a break. On a day that started with high pain (%s), any rise above the start counts.</source>
        <translation>Une hausse de la douleur est une note supérieure de %s ou plus à la note d&apos;avant la séance (la règle de la douleur, avec le seuil réglé dans BackCoach)&#xa0;: la séance s&apos;est mise en pause et a proposé une pause. Un jour qui a commencé avec une douleur forte (%s), toute hausse au-dessus du départ compte.</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Évolution de la douleur</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <source>%s points</source>
        <translation>%s points</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%d points</source>
        <translation>%d points</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%d or more</source>
        <translation>%d ou plus</translation>
    </message>
    <message>
        <source>%d or more at threshold %s, otherwise %d or more</source>
        <translation>%d ou plus avec le seuil %s, sinon %d ou plus</translation>
    </message>
    <message>
        <source>a break at a rise of %s above the start</source>
        <translation>une pause pour une hausse de %s au-dessus du départ</translation>
    </message>
    <message>
        <source>from %s, %s</source>
        <translation>à partir du %s, %s</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>The report is saved as %s.</source>
        <translation>Le rapport est enregistré sous %s.</translation>
    </message>
    <message>
        <source>The report could not be saved: %s.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;: %s.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Lifting my grandson</source>
        <translation>Porter mon petit-fils</translation>
    </message>
</context>
<context>
    <name>RoutineItemEditor</name>
    <message>
        <source>The Up and Down keys change it; saved at once</source>
        <translation>Les flèches haut et bas le changent&#xa0;; enregistré tout de suite</translation>
    </message>
    <message>
        <source>This exercise is not in this version of BackCoach</source>
        <translation>Cet exercice n&apos;existe pas dans cette version de BackCoach</translation>
    </message>
    <message>
        <source>Hold each rep for</source>
        <translation>Maintenir chaque répétition</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Hold time for each repetition, in seconds</source>
        <translation>Temps de maintien de chaque répétition, en secondes</translation>
    </message>
    <message>
        <source>Hold time in seconds</source>
        <translation>Temps de maintien en secondes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Usual dose: %s</source>
        <translation>Dosage habituel&#xa0;: %s</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Maintenir un certain temps</translation>
    </message>
    <message>
        <source>Count repetitions</source>
        <translation>Compter les répétitions</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Répétitions par série</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Number of sets</source>
        <translation>Nombre de séries</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <source>Rest between sets in seconds</source>
        <translation>Repos entre les séries, en secondes</translation>
    </message>
    <message>
        <source>Do it on each side</source>
        <translation>Le faire de chaque côté</translation>
    </message>
    <message>
        <source>Do it on each side, left and right</source>
        <translation>Le faire de chaque côté, gauche et droite</translation>
    </message>
    <message>
        <source>Left and right, one after the other</source>
        <translation>Gauche et droite, l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>Use the usual dose</source>
        <translation>Utiliser le dosage habituel</translation>
    </message>
</context>
<context>
    <name>RoutineItemsModel</name>
    <message>
        <source>%d of %d: %s, %s</source>
        <translation>%d sur %d&#xa0;: %s, %s</translation>
    </message>
    <message>
        <source>Not available in this version of BackCoach</source>
        <translation>Pas disponible dans cette version de BackCoach</translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>Starter plans</source>
        <translation>Programmes de départ</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Vos routines</translation>
    </message>
    <message>
        <source>None yet. Make your own copy of a plan, or press “New routine”.</source>
        <translation>Aucune pour l&apos;instant. Faites votre copie d&apos;un programme, ou appuyez sur «&#xa0;Nouvelle routine&#xa0;».</translation>
    </message>
    <message>
        <source>Starter plan · %s</source>
        <translation>Programme de départ · %s</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>Programme de départ</translation>
    </message>
</context>
<context>
    <name>RoutineSummary</name>
    <message>
        <source>no exercises yet</source>
        <translation>pas encore d&apos;exercice</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message>
        <source>%d exercises</source>
        <translation>%d exercices</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Pas encore d&apos;exercice</translation>
    </message>
    <message>
        <source>Some exercises are not in this version of BackCoach</source>
        <translation>Certains exercices n&apos;existent pas dans cette version de BackCoach</translation>
    </message>
    <message>
        <source>You need no equipment.</source>
        <translation>Aucun matériel n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>You need %s.</source>
        <translation>Il vous faut %s.</translation>
    </message>
    <message>
        <source>You need %s and %s.</source>
        <translation>Il vous faut %s et %s.</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Starter plans first, then your own</source>
        <translation>D&apos;abord les programmes de départ, puis les vôtres</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move an exercise; Delete removes it</source>
        <translation>Alt+Haut et Alt+Bas déplacent un exercice&#xa0;; Suppr le retire</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <source>%s (my copy)</source>
        <translation>%s (ma copie)</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s (copie)</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete “%s”?</source>
        <translation>Supprimer «&#xa0;%s&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It will be gone for good. The exercises stay in the library.</source>
        <translation>Elle disparaîtra définitivement. Les exercices restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the routine</source>
        <translation>Garder la routine</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Put the exercise back where it was (Ctrl+Z)</source>
        <translation>Remettre l&apos;exercice à sa place (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Removed “%s”.</source>
        <translation>«&#xa0;%s&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>Programme de départ</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Votre routine</translation>
    </message>
    <message>
        <source>Make my own &amp;copy</source>
        <translation>Faire ma propre &amp;copie</translation>
    </message>
    <message>
        <source>Make a &amp;copy</source>
        <translation>Faire une &amp;copie</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Faire ma propre copie</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Faire une copie</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Nouvelle routine</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Start an empty routine and choose its exercises</source>
        <translation>Commencer une routine vide et choisir ses exercices</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Give this routine a name</source>
        <translation>Donnez un nom à cette routine</translation>
    </message>
    <message>
        <source>Type a new name; it is saved as you type</source>
        <translation>Tapez un nouveau nom&#xa0;; il est enregistré au fur et à mesure</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>&amp;Start this routine</source>
        <translation>&amp;Commencer cette routine</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Commencer cette routine</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Supprimer cette routine</translation>
    </message>
    <message>
        <source>Starter plans stay as they are. To change this one, make your own copy.</source>
        <translation>Les programmes de départ restent tels quels. Pour modifier celui-ci, faites-en votre propre copie.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Exercices, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>&amp;Ajouter un exercice…</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>Choose an exercise to add at the end</source>
        <translation>Choisir un exercice à ajouter à la fin</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Exercices de cette routine</translation>
    </message>
    <message>
        <source>No exercises yet. Press “Add exercise…” to choose the first one.</source>
        <translation>Pas encore d&apos;exercice. Appuyez sur «&#xa0;Ajouter un exercice…&#xa0;» pour choisir le premier.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected exercise up</source>
        <translation>Monter l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected exercise down</source>
        <translation>Descendre l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation>Retirer l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Take it out of this routine (Delete)</source>
        <translation>Le retirer de cette routine (Suppr)</translation>
    </message>
    <message>
        <source>Drag an exercise to change the order, or press Alt+Up and Alt+Down.</source>
        <translation>Faites glisser un exercice pour changer l&apos;ordre, ou appuyez sur Alt+Haut et Alt+Bas.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>End the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Enter: keep going  ·  E: end</source>
        <translation>Entrée&#xa0;: continuer  ·  E&#xa0;: arrêter</translation>
    </message>
    <message>
        <source>What you have done so far is saved either way.</source>
        <translation>Ce que vous avez déjà fait est enregistré dans les deux cas.</translation>
    </message>
    <message>
        <source>Keep going (Enter)</source>
        <translation>Continuer (Entrée)</translation>
    </message>
    <message>
        <source>End the session (E)</source>
        <translation>Arrêter la séance (E)</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Avancement dans la routine</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation>Passer →</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <source>Set done (Enter)</source>
        <translation>Série terminée (Entrée)</translation>
    </message>
    <message>
        <source>More time (M)</source>
        <translation>Plus de temps (M)</translation>
    </message>
    <message>
        <source>Paused. Press Space to carry on.</source>
        <translation>En pause. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>C&apos;est le moment de faire une pause</translation>
    </message>
    <message>
        <source>Rest, then rate again (R)</source>
        <translation>Se reposer, puis noter à nouveau (R)</translation>
    </message>
    <message>
        <source>Skip this exercise (S)</source>
        <translation>Passer cet exercice (S)</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Back to Home (Enter)</source>
        <translation>Retour à l&apos;accueil (Entrée)</translation>
    </message>
    <message>
        <source>Carry on with this session (C)</source>
        <translation>Reprendre cette séance (C)</translation>
    </message>
    <message>
        <source>A guided exercise session is running</source>
        <translation>Une séance d&apos;exercices guidée est en cours</translation>
    </message>
    <message>
        <source>%s · exercise %d of %d</source>
        <translation>%s · exercice %d sur %d</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <source>Skip rest →</source>
        <translation>Passer le repos →</translation>
    </message>
    <message>
        <source>Next up: %s</source>
        <translation>Ensuite&#xa0;: %s</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Ensuite&#xa0;: %s</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <source>%d reps each side, changing side each time; then Enter</source>
        <translation>%d répétitions de chaque côté, en changeant de côté à chaque fois&#xa0;; puis Entrée</translation>
    </message>
    <message>
        <source>Do %d reps, then Enter</source>
        <translation>Faites %d répétitions, puis Entrée</translation>
    </message>
    <message>
        <source>Get ready · M: more time</source>
        <translation>Préparez-vous · M&#xa0;: plus de temps</translation>
    </message>
    <message>
        <source>Settled at %d · rest on, or Enter: go on now</source>
        <translation>Stabilisée à %d · reposez-vous encore, ou Entrée&#xa0;: continuer</translation>
    </message>
    <message>
        <source>Set %d of %d</source>
        <translation>Série %d sur %d</translation>
    </message>
    <message>
        <source>Next: set %d of %d</source>
        <translation>Ensuite&#xa0;: série %d sur %d</translation>
    </message>
    <message>
        <source>Now to the left</source>
        <translation>Maintenant à gauche</translation>
    </message>
    <message>
        <source>Now to the right</source>
        <translation>Maintenant à droite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>En alternant les côtés</translation>
    </message>
    <message>
        <source>Rep %d of %d</source>
        <translation>Répétition %d&#xa0;sur&#xa0;%d</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to carry on.</source>
        <translation>Mis en pause pendant la veille de l&apos;ordinateur. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source>Time to stop for today</source>
        <translation>Il vaut mieux s&apos;arrêter pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Warning signs, some needing urgent help: show them (W)</source>
        <translation>Signes d&apos;alerte, dont certains demandent une aide urgente&#xa0;: les afficher (W)</translation>
    </message>
    <message>
        <source>Try the easier %s (E)</source>
        <translation>Essayer la version plus facile&#xa0;: %s (E)</translation>
    </message>
    <message>
        <source>Your pain is high.</source>
        <translation>Votre douleur est forte.</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Séance arrêtée avant la fin</translation>
    </message>
    <message>
        <source>You exercised for %s.</source>
        <translation>Vous avez fait %s d&apos;exercice.</translation>
    </message>
    <message>
        <source>done: %d</source>
        <translation>faits&#xa0;: %d</translation>
    </message>
    <message>
        <source>partly done: %d</source>
        <translation>faits en partie&#xa0;: %d</translation>
    </message>
    <message>
        <source>not done: %d</source>
        <translation>non faits&#xa0;: %d</translation>
    </message>
    <message>
        <source>skipped: %d</source>
        <translation>passés&#xa0;: %d</translation>
    </message>
    <message>
        <source>Exercises (%d in the routine): %s</source>
        <translation>Exercices (%d dans la routine)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Pain before: %d → after: %d</source>
        <translation>Douleur avant&#xa0;: %d → après&#xa0;: %d</translation>
    </message>
    <message>
        <source>Highest during: %d</source>
        <translation>Maximum pendant la séance&#xa0;: %d</translation>
    </message>
    <message>
        <source>Breaks for a pain rise: %d</source>
        <translation>Pauses pour une hausse de la douleur&#xa0;: %d</translation>
    </message>
    <message>
        <source>Pain %d</source>
        <translation>Douleur %d</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%d minutes</source>
        <translation>%d minutes</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Rest, then rate again</source>
        <translation>Reposez-vous, puis notez à nouveau</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now?</source>
        <translation>Avant de commencer&#xa0;: quelle est l&apos;intensité de votre mal de dos en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>How is your pain before this exercise?</source>
        <translation>Comment est votre douleur avant cet exercice&#xa0;?</translation>
    </message>
    <message>
        <source>Quick check: how is your pain now?</source>
        <translation>Petit point&#xa0;: comment est votre douleur maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>After your rest: how is your pain now?</source>
        <translation>Après le repos&#xa0;: comment est votre douleur maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>All done. How is your pain now?</source>
        <translation>C&apos;est fini. Comment est votre douleur maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Session ended early. How is your pain now?</source>
        <translation>Séance arrêtée avant la fin. Comment est votre douleur maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Space pause · ← back · → skip · Enter done · M more time · 0–9 or + rate · Esc end · F11 full screen</source>
        <translation>Espace pause · ← retour · → passer · Entrée fait · M plus de temps · 0–9 ou + noter · Échap arrêter · F11 plein écran</translation>
    </message>
    <message>
        <source>Some pain while exercising is normal and does not mean you are harming your back.</source>
        <translation>Un peu de douleur pendant l&apos;exercice est normal et ne veut pas dire que vous abîmez votre dos.</translation>
    </message>
    <message>
        <source>Feeling a bit sore for a day or two after new exercise is normal; it fades as your body gets used to it.</source>
        <translation>Avoir des courbatures un jour ou deux après un nouvel exercice est normal&#xa0;; elles disparaissent à mesure que votre corps s&apos;y habitue.</translation>
    </message>
    <message>
        <source>Doing a little most days matters more than which exercises you choose.</source>
        <translation>En faire un peu presque tous les jours compte plus que le choix des exercices.</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
</context>
<context>
    <name>SessionSafety</name>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%d points</source>
        <translation>%d points</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst you can imagine. This is your starting point for today: if your pain rises %s above it, BackCoach will suggest a break.</source>
        <translation>0 veut dire aucune douleur, 10 la pire douleur imaginable. C&apos;est votre point de départ pour aujourd&apos;hui&#xa0;: si votre douleur monte de %s au-dessus, BackCoach vous proposera une pause.</translation>
    </message>
    <message>
        <source>Your pain is still %d after resting, against %d when you started. It has not settled, so the best choice now is to stop for today. Gentle moving about, like a short walk, is still good for your back.</source>
        <translation>Votre douleur est encore à %d après le repos, contre %d au début. Elle ne s&apos;est pas calmée&#xa0;: le mieux est de vous arrêter pour aujourd&apos;hui. Bouger doucement, par exemple une petite marche, reste bon pour votre dos.</translation>
    </message>
    <message>
        <source>Your pain is still %d after resting, against %d when you started. You can rest a little longer, try an easier exercise, skip this one or stop for today.</source>
        <translation>Votre douleur est encore à %d après le repos, contre %d au début. Vous pouvez vous reposer encore un peu, essayer un exercice plus facile, passer celui-ci ou vous arrêter pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Today you started with high pain, so any rise above it calls for a break.</source>
        <translation>Aujourd&apos;hui, vous avez commencé avec une douleur forte&#xa0;: toute hausse demande donc une pause.</translation>
    </message>
    <message>
        <source>That is a rise of %s or more, so it is a good moment to stop and let it settle.</source>
        <translation>C&apos;est une hausse de %s ou plus&#xa0;: c&apos;est le bon moment pour vous arrêter et la laisser se calmer.</translation>
    </message>
    <message>
        <source>Your pain is %d now, and it was %d when you started.</source>
        <translation>Votre douleur est à %d maintenant, et elle était à %d au début.</translation>
    </message>
    <message>
        <source>Your pain went from %d when you started to %d during %s.</source>
        <translation>Votre douleur est passée de %d au début à %d pendant l&apos;exercice «&#xa0;%s&#xa0;».</translation>
    </message>
    <message>
        <source>Pain during exercise does not mean you have harmed your back.</source>
        <translation>Avoir mal pendant l&apos;exercice ne veut pas dire que votre dos est abîmé.</translation>
    </message>
    <message>
        <source>Your pain is higher now than when you started. Some soreness for a day or two after exercise is normal. Tomorrow morning, check that your back is back to its usual level; if it is worse than before today&apos;s session, make the next session lighter: fewer sets, shorter holds or the easier version.</source>
        <translation>Votre douleur est plus forte maintenant qu&apos;au début. Des courbatures pendant un jour ou deux après l&apos;exercice sont normales. Demain matin, vérifiez que votre dos est revenu à son niveau habituel&#xa0;; s&apos;il va moins bien qu&apos;avant la séance d&apos;aujourd&apos;hui, allégez la prochaine séance&#xa0;: moins de séries, des maintiens plus courts ou la version plus facile.</translation>
    </message>
    <message>
        <source>Your pain is high today</source>
        <translation>Votre douleur est forte aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Gentle session: movements only (Enter)</source>
        <translation>Séance douce&#xa0;: mouvements seulement (Entrée)</translation>
    </message>
    <message>
        <source>The whole routine (F)</source>
        <translation>Toute la routine (F)</translation>
    </message>
    <message>
        <source>Not today (Esc)</source>
        <translation>Pas aujourd&apos;hui (Échap)</translation>
    </message>
    <message>
        <source>You rated your pain %d. From there, a rise of %s cannot be measured on the 0 to 10 scale, so the usual signal to take a break cannot work today.</source>
        <translation>Vous avez noté votre douleur à %d. À partir de là, une hausse de %s ne peut pas se mesurer sur l&apos;échelle de 0 à 10&#xa0;: le signal habituel de pause ne peut donc pas fonctionner aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>You rated your pain %d, which is already high.</source>
        <translation>Vous avez noté votre douleur à %d, ce qui est déjà fort.</translation>
    </message>
    <message>
        <source>Keeping gently on the move helps a sore back. Today BackCoach will suggest a break at any rise above %d.</source>
        <translation>Continuer à bouger doucement aide un dos douloureux. Aujourd&apos;hui, BackCoach proposera une pause à toute hausse au-dessus de %d.</translation>
    </message>
    <message>
        <source>The gentle session keeps only your routine&apos;s movement exercises.</source>
        <translation>La séance douce ne garde que les exercices de mouvement de votre routine.</translation>
    </message>
    <message>
        <source>Go ahead only if none of these apply to you.</source>
        <translation>Ne continuez que si aucun de ces signes ne vous concerne.</translation>
    </message>
    <message>
        <source>Carry on gently (Enter)</source>
        <translation>Continuer doucement (Entrée)</translation>
    </message>
</context>
<context>
    <name>SessionSound</name>
    <message>
        <source>%s. Get ready.</source>
        <translation>%s. Préparez-vous.</translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation>Préparez-vous.</translation>
    </message>
    <message>
        <source>Rate your pain now.</source>
        <translation>Notez votre douleur maintenant.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation>Bravo. Séance terminée.</translation>
    </message>
    <message>
        <source>Rep %d of %d.</source>
        <translation>Répétition %d sur %d.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>Les changements s&apos;appliquent tout de suite et sont gardés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Light or dark colours, or the same as the rest of your computer.</source>
        <translation>Couleurs claires ou sombres, ou les mêmes que le reste de votre ordinateur.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Larger text everywhere, the exercise session too.</source>
        <translation>Un texte plus grand partout, y compris pendant la séance.</translation>
    </message>
    <message>
        <source>Show still pictures instead of moving figures</source>
        <translation>Afficher des images fixes au lieu de figures animées</translation>
    </message>
    <message>
        <source>The exercise pictures stay still; steps are shown side by side.</source>
        <translation>Les images des exercices restent fixes&#xa0;; les étapes sont montrées côte à côte.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of BackCoach&apos;s screens, exercises and report.</source>
        <translation>La langue des écrans, des exercices et du rapport de BackCoach.</translation>
    </message>
    <message>
        <source>Sounds and voice</source>
        <translation>Sons et voix</translation>
    </message>
    <message>
        <source>Play sounds during a session</source>
        <translation>Jouer des sons pendant la séance</translation>
    </message>
    <message>
        <source>Soft tones when a hold starts, at halfway, for rests and at the end.</source>
        <translation>Des sons doux au début d&apos;un maintien, à mi-parcours, pour les repos et à la fin.</translation>
    </message>
    <message>
        <source>Say the exercise names and prompts aloud</source>
        <translation>Dire à voix haute le nom des exercices et les consignes</translation>
    </message>
    <message>
        <source>A voice tells you what comes next, so you can stay on the mat.</source>
        <translation>Une voix vous dit ce qui vient ensuite, pour que vous restiez sur le tapis.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are, from 0 to 100%.</source>
        <translation>Le volume des sons et de la voix, de 0 à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are: now %d%%.</source>
        <translation>Le volume des sons et de la voix&#xa0;: %d&#xa0;%% actuellement.</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Séances d&apos;exercices</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to get into position</source>
        <translation>Temps pour se mettre en position</translation>
    </message>
    <message>
        <source>Seconds before each exercise starts, to get into position.</source>
        <translation>Secondes avant le début de chaque exercice, pour vous mettre en position.</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Repos entre les exercices</translation>
    </message>
    <message>
        <source>Seconds of rest after each exercise; lowest: as each exercise says.</source>
        <translation>Secondes de repos après chaque exercice&#xa0;; au minimum&#xa0;: comme l&apos;indique chaque exercice.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Suggest a break when pain rises by</source>
        <translation>Proposer une pause si la douleur monte de</translation>
    </message>
    <message>
        <source>The pain rise that pauses a session.</source>
        <translation>La hausse de la douleur qui met la séance en pause.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>Minutes of exercise a day that Home counts toward.</source>
        <translation>Votre objectif de minutes d&apos;exercice par jour, suivi sur l&apos;accueil.</translation>
    </message>
    <message>
        <source>Suggest next steps on Home</source>
        <translation>Proposer des étapes suivantes sur l&apos;accueil</translation>
    </message>
    <message>
        <source>After a steady week, Home may offer one small step up, at most one a week; after a pain rise, an easier exercise. Turn this off to choose every change yourself.</source>
        <translation>Après une semaine régulière, l&apos;accueil peut proposer un petit pas de plus, au plus un par semaine&#xa0;; après une hausse de la douleur, un exercice plus facile. Désactivez cette option pour choisir vous-même chaque changement.</translation>
    </message>
    <message>
        <source>%d%%</source>
        <comment>a volume in percent</comment>
        <translation>%d&#xa0;%%</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me to exercise</source>
        <translation>Me rappeler de faire mes exercices</translation>
    </message>
    <message>
        <source>A message on your screen on the days and at the time below.</source>
        <translation>Un message sur votre écran les jours et à l&apos;heure ci-dessous.</translation>
    </message>
    <message>
        <source>Remind me on %s</source>
        <translation>Me le rappeler le %s</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>The days to be reminded on.</source>
        <translation>Les jours où vous voulez un rappel.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>The time of the reminder.</source>
        <translation>L&apos;heure du rappel.</translation>
    </message>
    <message>
        <source>Keep BackCoach running when I close it</source>
        <translation>Laisser BackCoach ouvert quand je ferme sa fenêtre</translation>
    </message>
    <message>
        <source>Reminders only come while BackCoach runs. With this on, closing the window leaves BackCoach in the notification area; quit from its icon there.</source>
        <translation>Les rappels n&apos;arrivent que lorsque BackCoach est ouvert. Avec cette option, fermer la fenêtre laisse BackCoach dans la zone de notification&#xa0;; quittez-le depuis son icône.</translation>
    </message>
    <message>
        <source>Start BackCoach when I log in</source>
        <translation>Lancer BackCoach à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>So reminders come without opening BackCoach yourself.</source>
        <translation>Pour recevoir les rappels sans avoir à ouvrir BackCoach vous-même.</translation>
    </message>
    <message>
        <source>Add to my calendar…</source>
        <translation>Ajouter à mon agenda…</translation>
    </message>
    <message>
        <source>Saves a calendar file with a weekly event on the chosen days and time. Open it with your calendar, which then reminds you even when BackCoach is closed.</source>
        <translation>Enregistre un fichier d&apos;agenda avec un évènement chaque semaine aux jours et à l&apos;heure choisis. Ouvrez-le avec votre agenda, qui vous préviendra même quand BackCoach est fermé.</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Rapport pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Printed at the top of the report, so it is clear whose it is.</source>
        <translation>Imprimé en haut du rapport, pour qu&apos;on sache à qui il appartient.</translation>
    </message>
    <message>
        <source>Printed at the top of the report. Leave it empty to print no name.</source>
        <translation>Imprimé en haut du rapport. Laissez vide pour n&apos;imprimer aucun nom.</translation>
    </message>
    <message>
        <source>Write the report in English</source>
        <translation>Écrire le rapport en anglais</translation>
    </message>
    <message>
        <source>For a physiotherapist who reads English. The screens stay in your language.</source>
        <translation>Pour un kinésithérapeute qui lit l&apos;anglais. Les écrans restent dans votre langue.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything BackCoach keeps is in this folder on your computer:</source>
        <translation>Tout ce que BackCoach garde se trouve dans ce dossier de votre ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Affiche le dossier des données dans votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Saves a copy of all your data beside it, in the backups folder.</source>
        <translation>Enregistre une copie de toutes vos données à côté, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore, export or import…</source>
        <translation>Restaurer, exporter ou importer…</translation>
    </message>
    <message>
        <source>Opens the Your data screen: backups to restore, export and import.</source>
        <translation>Ouvre l&apos;écran Vos données&#xa0;: sauvegardes à restaurer, export et import.</translation>
    </message>
    <message>
        <source>Your computer did not allow this: %s</source>
        <translation>Votre ordinateur ne l&apos;a pas permis&#xa0;: %s</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Backup saved as %s.</source>
        <translation>Sauvegarde enregistrée sous %s.</translation>
    </message>
    <message>
        <source>The backup did not work: %s. Nothing of yours was changed.</source>
        <translation>La sauvegarde n&apos;a pas fonctionné&#xa0;: %s. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Choose at least one day first.</source>
        <translation>Choisissez d&apos;abord au moins un jour.</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Fichier d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Back exercises</source>
        <translation>Exercices pour le dos</translation>
    </message>
    <message>
        <source>Time for your back exercises with BackCoach. Even 15 minutes a day helps.</source>
        <translation>C&apos;est l&apos;heure de vos exercices pour le dos avec BackCoach. Même 15 minutes par jour, cela aide.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %s.</source>
        <translation>Le fichier d&apos;agenda n&apos;a pas pu être enregistré&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Saved %s. Open it with your calendar app to add the weekly event.</source>
        <translation>%s est enregistré. Ouvrez-le avec votre agenda pour ajouter l&apos;évènement de chaque semaine.</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Comme l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Normal (100%)</source>
        <translation>Normale (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Large (125%)</source>
        <translation>Grande (125&#xa0;%)</translation>
    </message>
    <message>
        <source>Larger (150%)</source>
        <translation>Plus grande (150&#xa0;%)</translation>
    </message>
    <message>
        <source>Largest (200%)</source>
        <translation>La plus grande (200&#xa0;%)</translation>
    </message>
    <message>
        <source>BackCoach suggests a break when your pain rises this many points above where you started. 2 is the usual choice: a smaller change can be chance (Childs et al., Spine 2005). Change it only if your physiotherapist suggests it.</source>
        <translation>BackCoach propose une pause quand votre douleur monte de ce nombre de points au-dessus de votre note de départ. 2 est le choix habituel&#xa0;: un écart plus petit peut être dû au hasard (Childs et al., Spine 2005). Ne le changez que si votre kinésithérapeute vous le conseille.</translation>
    </message>
    <message>
        <source>The clinic&apos;s article reports that about a quarter of an hour a day already helps low back pain, and that sticking to a regular schedule is what brings results.</source>
        <translation>L&apos;article de la clinique indique qu&apos;environ un quart d&apos;heure par jour aide déjà en cas de mal de dos, et que c&apos;est la régularité qui donne des résultats.</translation>
    </message>
    <message>
        <source>As each exercise says</source>
        <translation>Comme l&apos;indique chaque exercice</translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so BackCoach cannot keep running in the background: closing its window quits it, as usual. Reminders come only while BackCoach is open, as a flashing BackCoach button in your task bar. To be reminded when it is closed, use “Add to my calendar…” below.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification&#xa0;: BackCoach ne peut donc pas rester ouvert en arrière-plan, et fermer sa fenêtre le quitte, comme d&apos;habitude. Les rappels n&apos;arrivent que lorsque BackCoach est ouvert, sous forme d&apos;un bouton BackCoach qui clignote dans la barre des tâches. Pour être prévenu quand il est fermé, utilisez «&#xa0;Ajouter à mon agenda…&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>BackCoach found no speakers or headphones on this computer, so sounds and the voice are off for now. Plug some in or turn them on and this changes by itself; your choices are kept.</source>
        <translation>BackCoach n&apos;a trouvé ni haut-parleurs ni casque sur cet ordinateur&#xa0;: les sons et la voix sont coupés pour l&apos;instant. Branchez-en ou allumez-les et cela change tout seul&#xa0;; vos choix sont gardés.</translation>
    </message>
    <message>
        <source>No voice is installed on this computer, so BackCoach plays soft tones instead of saying the prompts.</source>
        <translation>Aucune voix n&apos;est installée sur cet ordinateur&#xa0;: BackCoach joue des sons doux au lieu de dire les consignes.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, the speech-dispatcher and espeak-ng packages add one.</source>
        <translation>Sur Debian ou Ubuntu, les paquets speech-dispatcher et espeak-ng en ajoutent une.</translation>
    </message>
    <message>
        <source>The new language applies the next time you open BackCoach: close it and open it again.</source>
        <translation>La nouvelle langue s&apos;appliquera la prochaine fois que vous ouvrirez BackCoach&#xa0;: fermez-le puis rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your BackCoach data file %s was written by a newer version of BackCoach, which this version cannot read. The file was not opened and not changed. Please install the newer version of BackCoach again.</source>
        <translation>Votre fichier de données BackCoach %s a été enregistré par une version plus récente de BackCoach, que cette version ne sait pas lire. Le fichier n&apos;a été ni ouvert ni modifié. Veuillez réinstaller la version plus récente de BackCoach.</translation>
    </message>
    <message>
        <source>BackCoach is not allowed to read its data file %s. The file was not changed. Check the file&apos;s permissions, or ask whoever looks after this computer.</source>
        <translation>BackCoach n&apos;a pas le droit de lire son fichier de données %s. Le fichier n&apos;a pas été modifié. Vérifiez les autorisations du fichier, ou demandez à la personne qui s&apos;occupe de cet ordinateur.</translation>
    </message>
    <message>
        <source>BackCoach cannot read its data file %s. The file was not changed. The details below say why.</source>
        <translation>BackCoach ne parvient pas à lire son fichier de données %s. Le fichier n&apos;a pas été modifié. Les détails ci-dessous en donnent la raison.</translation>
    </message>
    <message>
        <source>BackCoach cannot start because a file it needs is damaged.</source>
        <translation>BackCoach ne peut pas démarrer, car un fichier dont il a besoin est endommagé.</translation>
    </message>
</context>
<context>
    <name>StorageWords</name>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>No usable backup was found, so BackCoach started with an empty diary. Nothing was deleted: the old file may still be recoverable.</source>
        <translation>Aucune sauvegarde utilisable n&apos;a été trouvée&#xa0;: BackCoach a donc démarré avec un journal vide. Rien n&apos;a été supprimé&#xa0;: l&apos;ancien fichier peut peut-être encore être récupéré.</translation>
    </message>
    <message>
        <source>BackCoach could not read 1 record in your data file and set it aside; everything else was kept. That record is in %s, and the whole original file is kept unchanged as %s. Nothing was deleted.</source>
        <translation>BackCoach n&apos;a pas pu lire 1 enregistrement de votre fichier de données et l&apos;a mis de côté&#xa0;; tout le reste a été gardé. Cet enregistrement est dans %s, et le fichier d&apos;origine complet est gardé tel quel sous le nom %s. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>BackCoach could not read %d records in your data file and set them aside; everything else was kept. Those records are in %s, and the whole original file is kept unchanged as %s. Nothing was deleted.</source>
        <translation>BackCoach n&apos;a pas pu lire %d enregistrements de votre fichier de données et les a mis de côté&#xa0;; tout le reste a été gardé. Ces enregistrements sont dans %s, et le fichier d&apos;origine complet est gardé tel quel sous le nom %s. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Your BackCoach data was updated to the current format (version %d to %d). A copy of the old file is kept in %s.</source>
        <translation>Vos données BackCoach ont été mises au format actuel (de la version %d à la version %d). Une copie de l&apos;ancien fichier est gardée dans %s.</translation>
    </message>
    <message>
        <source>BackCoach could not save your latest changes to %s: %s. They are kept while BackCoach stays open and saving is tried again every few seconds. Please do not close BackCoach until this message goes away.</source>
        <translation>BackCoach n&apos;a pas pu enregistrer vos dernières modifications dans %s&#xa0;: %s. Elles sont conservées tant que BackCoach reste ouvert, et l&apos;enregistrement est retenté toutes les quelques secondes. Merci de ne pas fermer BackCoach avant que ce message disparaisse.</translation>
    </message>
    <message>
        <source>BackCoach is saving again. Everything is saved to %s.</source>
        <translation>BackCoach enregistre de nouveau. Tout est enregistré dans %s.</translation>
    </message>
    <message>
        <source>BackCoach could not make today&apos;s backup in %s: %s. Your data itself is saved; the backup will be tried again.</source>
        <translation>BackCoach n&apos;a pas pu faire la sauvegarde du jour dans %s&#xa0;: %s. Vos données, elles, sont enregistrées&#xa0;; la sauvegarde sera retentée.</translation>
    </message>
    <message>
        <source>BackCoach could not read the whole of your data file %s. Nothing in it was changed, and BackCoach will not save anything until it is started again.</source>
        <translation>BackCoach n&apos;a pas pu lire l&apos;ensemble de votre fichier de données %s. Rien n&apos;y a été modifié, et BackCoach n&apos;enregistrera plus rien avant d&apos;être redémarré.</translation>
    </message>
    <message>
        <source>The unreadable BackCoach data file was put aside as %s.</source>
        <translation>Le fichier de données BackCoach illisible a été mis de côté sous le nom %s.</translation>
    </message>
    <message>
        <source>Your BackCoach data file was missing.</source>
        <translation>Votre fichier de données BackCoach était introuvable.</translation>
    </message>
    <message>
        <source>Your BackCoach data file was empty.</source>
        <translation>Votre fichier de données BackCoach était vide.</translation>
    </message>
    <message>
        <source>Your BackCoach data file could not be read: it is damaged or incomplete.</source>
        <translation>Votre fichier de données BackCoach n&apos;a pas pu être lu&#xa0;: il est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>It was put aside as %s.</source>
        <translation>Il a été mis de côté sous le nom %s.</translation>
    </message>
    <message>
        <source>It could not be moved aside (the folder cannot be written to); it will be moved aside before anything is saved.</source>
        <translation>Il n&apos;a pas pu être mis de côté (impossible d&apos;écrire dans le dossier)&#xa0;; il le sera avant tout enregistrement.</translation>
    </message>
    <message>
        <source>The newest backup was restored.</source>
        <translation>La sauvegarde la plus récente a été restaurée.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was restored.</source>
        <translation>La sauvegarde d&apos;aujourd&apos;hui a été restaurée.</translation>
    </message>
    <message>
        <source>Yesterday&apos;s backup was restored.</source>
        <translation>La sauvegarde d&apos;hier a été restaurée.</translation>
    </message>
    <message>
        <source>The backup from %s was restored.</source>
        <translation>La sauvegarde du %s a été restaurée.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>le disque ou le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>BackCoach is not allowed to write there</source>
        <translation>BackCoach n&apos;a pas le droit d&apos;écrire à cet endroit</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>le dossier est introuvable</translation>
    </message>
    <message>
        <source>BackCoach could not read %s: %s. Nothing was changed.</source>
        <translation>BackCoach n&apos;a pas pu lire %s&#xa0;: %s. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%s is not a BackCoach backup. BackCoach imports the JSON files it exports (the CSV export is for spreadsheets and cannot be imported). Nothing was changed.</source>
        <translation>%s n&apos;est pas une sauvegarde BackCoach. BackCoach importe les fichiers JSON qu&apos;il exporte (l&apos;export CSV est destiné aux tableurs et ne peut pas être importé). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%s was exported by a newer version of BackCoach (data format %d). Please update BackCoach to import it. Nothing was changed.</source>
        <translation>%s a été exporté par une version plus récente de BackCoach (format de données %d). Mettez BackCoach à jour pour l&apos;importer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%s cannot be imported: it is not a BackCoach data file, or it is damaged. Nothing was changed.</source>
        <translation>%s ne peut pas être importé&#xa0;: ce n&apos;est pas un fichier de données BackCoach, ou il est endommagé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%s cannot be imported because one of its records is not valid. Nothing was changed.</source>
        <translation>%s ne peut pas être importé, car l&apos;un de ses enregistrements n&apos;est pas valide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%s has records that cannot be read, and BackCoach could not keep them in %s (%s). Nothing was changed.</source>
        <translation>%s contient des enregistrements illisibles, et BackCoach n&apos;a pas pu les garder dans %s (%s). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>%d sessions</source>
        <translation>%d séances</translation>
    </message>
    <message>
        <source>1 morning check-in</source>
        <translation>1 bilan du matin</translation>
    </message>
    <message>
        <source>%d morning check-ins</source>
        <translation>%d bilans du matin</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <source>%d activities</source>
        <translation>%d activités</translation>
    </message>
    <message>
        <source>1 routine</source>
        <translation>1 routine</translation>
    </message>
    <message>
        <source>%d routines</source>
        <translation>%d routines</translation>
    </message>
    <message>
        <source>1 favourite</source>
        <translation>1 favori</translation>
    </message>
    <message>
        <source>%d favourites</source>
        <translation>%d favoris</translation>
    </message>
    <message>
        <source>1 setting</source>
        <translation>1 réglage</translation>
    </message>
    <message>
        <source>%d settings</source>
        <translation>%d réglages</translation>
    </message>
    <message>
        <source>1 rating of your activities</source>
        <translation>1 note de vos activités</translation>
    </message>
    <message>
        <source>%d ratings of your activities</source>
        <translation>%d notes de vos activités</translation>
    </message>
    <message>
        <source>%s and %s</source>
        <translation>%s et %s</translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation>Ajouté&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Rien de nouveau à ajouter.</translation>
    </message>
    <message>
        <source>1 record was already here.</source>
        <translation>1 enregistrement était déjà là.</translation>
    </message>
    <message>
        <source>%d records were already here.</source>
        <translation>%d enregistrements étaient déjà là.</translation>
    </message>
    <message>
        <source>1 record differed from yours; yours was kept.</source>
        <translation>1 enregistrement différait du vôtre&#xa0;; le vôtre a été gardé.</translation>
    </message>
    <message>
        <source>%d records differed from yours; yours were kept.</source>
        <translation>%d enregistrements différaient des vôtres&#xa0;; les vôtres ont été gardés.</translation>
    </message>
    <message>
        <source>1 record of the file could not be read and was not imported; it is kept in %s.</source>
        <translation>1 enregistrement du fichier était illisible et n&apos;a pas été importé&#xa0;; il est gardé dans %s.</translation>
    </message>
    <message>
        <source>%d records of the file could not be read and were not imported; they are kept in %s.</source>
        <translation>%d enregistrements du fichier étaient illisibles et n&apos;ont pas été importés&#xa0;; ils sont gardés dans %s.</translation>
    </message>
    <message>
        <source>That did not work, and nothing of yours was changed.</source>
        <translation>Cela n&apos;a pas fonctionné, et aucune de vos données n&apos;a été modifiée.</translation>
    </message>
    <message>
        <source>%s The details (in English): %s</source>
        <translation>%s Les détails (en anglais)&#xa0;: %s</translation>
    </message>
    <message>
        <source>BackCoach could not write a backup to %s: %s.</source>
        <translation>BackCoach n&apos;a pas pu écrire de sauvegarde dans %s&#xa0;: %s.</translation>
    </message>
    <message>
        <source>BackCoach could not read the backup %s: %s. Nothing was changed.</source>
        <translation>BackCoach n&apos;a pas pu lire la sauvegarde %s&#xa0;: %s. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %s cannot be used: it is damaged, or it was made by a newer version of BackCoach. Nothing was changed.</source>
        <translation>La sauvegarde %s ne peut pas être utilisée&#xa0;: elle est endommagée, ou elle a été faite par une version plus récente de BackCoach. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>BackCoach could not keep a copy of your current data before restoring (%s), so nothing was changed.</source>
        <translation>BackCoach n&apos;a pas pu garder une copie de vos données actuelles avant la restauration (%s)&#xa0;: rien n&apos;a donc été modifié.</translation>
    </message>
</context>
</TS>
