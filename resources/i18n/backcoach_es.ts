<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Point at a day, or use the arrow keys on the chart, to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d h %02d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lot of stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %s, highest %s, after %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d flares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning check-in %d, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s of other activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, on average: before %s, highest %s, after %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s a day on average (%s in sessions, %s of other activities)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbilityBox</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>About the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BackCoach and its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What BackCoach is and is not, when to get urgent help, sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking, running, cycling, swimming: any exercise you enjoy is good for your back, and it counts toward your daily goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it? For example: gardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes the activity took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, or an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, if you rated it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0, no pain, to 10, the worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigTimer</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Calendar of active days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: active on %d of %d days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your back %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You exercised yesterday. Rate your pain as it is now, before you get going, so you can see how your back takes the exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain and stiffness as they are now. Your answer shows on the Progress charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stiff is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain %s: %d (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d. Before yesterday&apos;s session: %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back is at its usual level or better. Keep going with your routine as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is saved; you will see it on the Progress charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next session, you could:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is high.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything BackCoach knows about your exercise and pain stays in one file on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach keeps a backup each day for the last week. Restoring one puts your current data aside as a backup first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup, then press Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to a file you can keep or move to another computer, or your pain ratings as a spreadsheet (CSV) for your physiotherapist. Import adds the records of a BackCoach export; records you already have are not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pain ratings (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %s. Nothing of yours was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with the backup from %s?

Your current data is saved as a backup first, so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. Your previous data was saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported everything to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported your pain ratings to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a BackCoach export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Left and right arrow keys step through the days; Home and End jump.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectBars</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s while doing it, %s right after, %d times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, done %d times: pain %s while doing it, %s right after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong inside BackCoach. Your saved data is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep using the app. If this happens again, please send the log file to whoever helps you with BackCoach.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseBrowser</name>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, body position, equipment or number…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise matches. Try fewer filters or press “Show all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseBrowserPage</name>
    <message>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mat or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exercises of one direction of movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show movement, stability or strength exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exercises done in one body position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exercises that use this equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move through the exercises; details show on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %d exercises, in the order of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %d of %d exercises.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make it easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it feels easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetailPane</name>
    <message>
        <source>+ Add to routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this exercise to a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to “%s”. See it under Routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harder: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePickerDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise to “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, position or number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise matches. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected exercise to the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePlayer</name>
    <message>
        <source>Exercise illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionChart</name>
    <message>
        <source>no clear change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionScale</name>
    <message>
        <source>a real change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real change for the worse; worth telling your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet a clear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d, first rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: from %s to %s since %s — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of your activities: from %s to %s since %s — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do is getting better: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionScaleCard</name>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of your activity ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name 3 to 5 everyday activities your back makes hard, such as putting on socks, and rate how well you can do them. Rated again every two weeks or so, they show what you can do again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name my activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity from 0 (unable) to 10 (as before your back problem), and the average of them (thick line). Outside the shaded band the average has really changed (2 points; 3 points for one activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of your activities: %s, first rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no longer rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next rating due: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate my activities now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionScalePage</name>
    <message>
        <source>Activities your back makes hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are your activities going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each activity again, from 0 (you cannot do it) to 10 (as well as before your back problem). Type a number in each box: 0 to 9, or + for 10. You can rename an activity, stop rating one, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does your back make hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name 3 to 5 everyday activities that are hard because of your back, in your own words. Then rate each from 0 (you cannot do it) to 10 (as well as before your back problem). Every two weeks or so you rate them again, and Progress shows what you can do again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common examples (click one to use it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting on socks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting through a film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting out of a car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying the shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in the garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this example as an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can rate your activities later from Progress (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. putting on socks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %d, how well you can do it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means you cannot do it, 10 as well as before. Type 0 to 9, or + for 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rating activity %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its past ratings stay in your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last time %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same activity is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name 3 to 5 activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one activity, or choose Not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please rate each new activity from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please rate each activity from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please rate at least one activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Start” on Home. BackCoach first asks how much your back hurts right now, from 0 (no pain) to 10 (the worst you can imagine). That is your starting point for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then comes one exercise at a time: a moving picture, the steps, and a big timer for a hold or a counter for repetitions. Soft sounds and a voice say when to start, switch sides and rest, so you can stay on the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between exercises there is a short rest, and now and then BackCoach asks again how your back feels. Press a number key, or click the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end you see what you did. Every rating is saved the moment you give it, so stopping early loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses and carries on. Esc ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your daily goal is %d minutes. Doing a little every day helps more than doing a lot now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pain while you exercise is normal and does not mean you are doing harm. Up to 5 out of 10 during an exercise is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule BackCoach follows: if your pain goes %s or more above where you started today, it pauses the session and suggests a break. You can then rest and rate again, try an easier version, skip that exercise, or stop for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pain stays up after resting, stopping for today is the best choice. Gentle moving about, like a short walk, is still good for your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a day that starts with high pain (%d or more), BackCoach offers a gentler session and suggests a break at any rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of points can be changed in Settings, under Exercise sessions, but only do that if your physiotherapist suggests it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything BackCoach keeps (your ratings, sessions, routines and settings) is in one folder on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent anywhere: BackCoach has no account and does not use the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day BackCoach puts a copy of your data in the “backups” folder inside it, and keeps the last seven. Restore one on the “Your data” screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep a copy somewhere else or move to another computer, use “Export everything” on the “Your data” screen. To show your physiotherapist how it is going, use “Report for my physiotherapist” on the Progress screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pain rule means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine is below. When you are ready, put a mat on the floor near the screen and press Start: BackCoach guides you through each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with that session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check with a clinician first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us you have one or more of the warning signs. Please speak to a doctor or physiotherapist before you exercise. If any of the urgent signs apply, get medical help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked with a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes exercised today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should I start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the direction questions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is my back today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain and stiffness now (a check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lighter session today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back is more sore this morning than before yesterday&apos;s session. Soreness for a day or two is normal; today, go a little easier: one set fewer, shorter holds and fewer reps. Your routine itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lighter session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, change my routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach will not offer this change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate my activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short screen, about a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again in a few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little and often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a few exercises that suit you and keep to a regular schedule: that is what brings results, and about 15 minutes a day has been shown to help. Walking, cycling or swimming count too. Feeling a bit sore for a day or two is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach does not diagnose. Some signs need urgent help now, not exercise: numbness around the bottom or genitals, new trouble passing urine, or weakness in the legs. Others need a doctor soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start, rate your pain from 0 (none) to 10 (the worst you can imagine). If it rises %s or more while you exercise, stop, rest and let it settle. Some discomfort is fine: it does not mean harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended “%s” early. Ended by mistake? You can carry on where you stopped for about %d more minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to rate your activities again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been about two weeks: how well can you do the activities you named? It helps you and your physiotherapist see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a few questions to get a starter plan, or make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s routine · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d minutes today: daily goal reached. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d minutes today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysTable</name>
    <message>
        <source>Keys and what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of keys, each key with what it does. Use the arrow keys to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl and a number also opens a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How BackCoach works, and its keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close BackCoach (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the “%s” plan on Home instead of “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine stays in Routines either way; you can switch back any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These ratings could not be saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last session stopped before it was finished. Everything you did was saved.

Do you want to carry on where you stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %d minutes. Today&apos;s goal of %d minutes is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %d of %d minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <source>goal %d min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few exercises done on a regular schedule, about a quarter of an hour a day, can make a real difference to low back pain. This short set-up helps you start safely and in a direction that suits your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What BackCoach does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, a safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have one or more of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us. Please speak to a doctor or physiotherapist before you start exercising. If you have any of the urgent signs above, get medical help now.

You can still look around BackCoach, and Home will remind you to check with a clinician first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer a different start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another starting direction if you prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension: gentle arching backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexion: gentle bending forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle movement in all directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gently. Over the weeks BackCoach will suggest small steps toward the movements that bother you now, so your back gets used to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested plan: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a number key from 0 to 9, or plus for 10, or click a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %d, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-2 safe  ·  3-5 acceptable  ·  6-10 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst imaginable  10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainTrendChart</name>
    <message>
        <source>safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain rises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your back and your exercise have been going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking, cycling, swimming or anything you enjoy: it counts too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find, open, change or delete what you logged, with undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for my physiotherapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the period shown, to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your charts fill in as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your first session you will see your pain before and after, your minutes against the daily goal, and which exercises suit your back. Walks, rides and swims count too: log them with &quot;Log an activity&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of exercise a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of exercise chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <source>Your sessions and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one to see what was done. Change an activity, or delete a session or activity logged by mistake: you can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and activities, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens or changes the one chosen; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach is still running here, so your reminders can come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %d minutes is enough. Click here to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineItemEditor</name>
    <message>
        <source>The Up and Down keys change it; saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is not in this version of BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each rep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold time for each repetition, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual dose: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it on each side, left and right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the usual dose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineItemsModel</name>
    <message>
        <source>%d of %d: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version of BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>Starter plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Make your own copy of a plan, or press “New routine”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter plan · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Starter plans first, then your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move an exercise; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my own &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty routine and choose its exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this routine a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name; it is saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter plans stay as they are. To change this one, make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to add at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises yet. Press “Add exercise…” to choose the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected exercise up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected exercise down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of this routine (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an exercise to change the order, or press Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: keep going  ·  E: end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have done so far is saved either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More time (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press Space to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, then rate again (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this exercise (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Home (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with this session (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided exercise session is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · exercise %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d reps each side, changing side each time; then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do %d reps, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready · M: more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled at %d · rest on, or Enter: go on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: set %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stop for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs, some needing urgent help: show them (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the easier %s (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You exercised for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises (%d in the routine): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before: %d → after: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest during: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks for a pain rise: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, then rate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your pain before this exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check: how is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your rest: how is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done. How is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended early. How is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pause · ← back · → skip · Enter done · M more time · 0–9 or + rate · Esc end · F11 full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pain while exercising is normal and does not mean you are harming your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling a bit sore for a day or two after new exercise is normal; it fades as your body gets used to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing a little most days matters more than which exercises you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSafety</name>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst you can imagine. This is your starting point for today: if your pain rises %s above it, BackCoach will suggest a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is still %d after resting, against %d when you started. It has not settled, so the best choice now is to stop for today. Gentle moving about, like a short walk, is still good for your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is still %d after resting, against %d when you started. You can rest a little longer, try an easier exercise, skip this one or stop for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today you started with high pain, so any rise above it calls for a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a rise of %s or more, so it is a good moment to stop and let it settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is %d now, and it was %d when you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain went from %d when you started to %d during %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain during exercise does not mean you have harmed your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is higher now than when you started. Some soreness for a day or two after exercise is normal. Tomorrow morning, check that your back is back to its usual level; if it is worse than before today&apos;s session, make the next session lighter: fewer sets, shorter holds or the easier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain is high today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle session: movements only (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole routine (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated your pain %d. From there, a rise of %s cannot be measured on the 0 to 10 scale, so the usual signal to take a break cannot work today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated your pain %d, which is already high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping gently on the move helps a sore back. Today BackCoach will suggest a break at any rise above %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gentle session keeps only your routine&apos;s movement exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead only if none of these apply to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on gently (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSound</name>
    <message>
        <source>%s. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %d of %d.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or the same as the rest of your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text everywhere, the exercise session too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show still pictures instead of moving figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise pictures stay still; steps are shown side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of BackCoach&apos;s screens, exercises and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds during a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft tones when a hold starts, at halfway, for rests and at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the exercise names and prompts aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice tells you what comes next, so you can stay on the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are, from 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are: now %d%%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before each exercise starts, to get into position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest after each exercise; lowest: as each exercise says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a break when pain rises by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain rise that pauses a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of exercise a day that Home counts toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest next steps on Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a steady week, Home may offer one small step up, at most one a week; after a pain rise, an easier exercise. Turn this off to choose every change yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message on your screen on the days and at the time below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days to be reminded on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep BackCoach running when I close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders only come while BackCoach runs. With this on, closing the window leaves BackCoach in the notification area; quit from its icon there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start BackCoach when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So reminders come without opening BackCoach yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a calendar file with a weekly event on the chosen days and time. Open it with your calendar, which then reminds you even when BackCoach is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of the report, so it is clear whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of the report. Leave it empty to print no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything BackCoach keeps is in this folder on your computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a copy of all your data beside it, in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore, export or import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Your data screen: backups to restore, export and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer did not allow this: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not work: %s. Nothing of yours was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back exercises with BackCoach. Even 15 minutes a day helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s. Open it with your calendar app to add the weekly event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large (125%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (150%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest (200%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach suggests a break when your pain rises this many points above where you started. 2 is the usual choice: a smaller change can be chance (Childs et al., Spine 2005). Change it only if your physiotherapist suggests it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s article reports that about a quarter of an hour a day already helps low back pain, and that sticking to a regular schedule is what brings results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As each exercise says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so BackCoach cannot keep running in the background: closing its window quits it, as usual. Reminders come only while BackCoach is open, as a flashing BackCoach button in your task bar. To be reminded when it is closed, use “Add to my calendar…” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach found no speakers or headphones on this computer, so sounds and the voice are off for now. Plug some in or turn them on and this changes by itself; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice is installed on this computer, so BackCoach plays soft tones instead of saying the prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, the speech-dispatcher and espeak-ng packages add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time you open BackCoach: close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>BackCoach cannot start because a file it needs is damaged.</source>
        <translation>BackCoach no puede iniciarse porque un archivo que necesita está dañado.</translation>
    </message>
</context>
</TS>
