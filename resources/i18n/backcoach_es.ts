<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AbilityBox</name>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>Used for: %s</source>
        <translation>Se usa para: %s</translation>
    </message>
    <message>
        <source>What BackCoach is</source>
        <translation>Qué es BackCoach</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Qué no es</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>When to stop and get medical advice</source>
        <translation>Cuándo parar y consultar con un médico</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>The exercises and advice come from a physiotherapy clinic&apos;s article on exercise for low back pain, which cites sources 1–5. Sources 6 and 11 back the warning signs, 7, 8 and 10 the pain scale and the pain rule, and 9 the direction check.</source>
        <translation>Los ejercicios y los consejos proceden del artículo de una clínica de fisioterapia sobre el ejercicio para el dolor lumbar, que cita las fuentes 1 a 5. Las fuentes 6 y 11 respaldan las señales de alarma; la 7, la 8 y la 10, la escala y la regla del dolor; y la 9, las preguntas sobre la dirección.</translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation>Sobre la evidencia</translation>
    </message>
    <message>
        <source>About BackCoach and its sources</source>
        <translation>Sobre BackCoach y sus fuentes</translation>
    </message>
    <message>
        <source>What BackCoach is and is not, when to get urgent help, sources</source>
        <translation>Qué es BackCoach y qué no es, cuándo pedir ayuda urgente, las fuentes</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <translation>Cambiar una actividad</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Anotar una actividad</translation>
    </message>
    <message>
        <source>Walking, running, cycling, swimming: any exercise you enjoy is good for your back, and it counts toward your daily goal.</source>
        <translation>Caminar, correr, ir en bici, nadar: cualquier ejercicio que le guste es bueno para su espalda y cuenta para su objetivo diario.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué ha hecho?</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>What was it? For example: gardening</source>
        <translation>¿Qué fue? Por ejemplo: jardinería</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Nombre de la actividad</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>¿Durante cuánto tiempo?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>How many minutes the activity took</source>
        <translation>Cuántos minutos duró la actividad</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Today, or an earlier day</source>
        <translation>Hoy, o un día anterior</translation>
    </message>
    <message>
        <source>Day of the activity</source>
        <translation>Día de la actividad</translation>
    </message>
    <message>
        <source>Pain, if you rated it (optional)</source>
        <translation>Dolor, si lo ha puntuado (opcional)</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Una nota (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Lo que quiera recordar de ella</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>From 0, no pain, to 10, the worst imaginable</source>
        <translation>De 0, sin dolor, a 10, el peor imaginable</translation>
    </message>
    <message>
        <source>This could not be saved: %s</source>
        <translation>No se ha podido guardar: %s</translation>
    </message>
</context>
<context>
    <name>BigTimer</name>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>%s seconds left</source>
        <translation>Quedan %s segundos</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Calendar of active days</source>
        <translation>Calendario de días activos</translation>
    </message>
    <message>
        <source>%s: %d minutes</source>
        <translation>%s: %d minutos</translation>
    </message>
    <message>
        <source>%s: active on %d of %d days</source>
        <translation>%s: activo %d de %d días</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Extension movements</source>
        <translation>Movimientos de extensión</translation>
    </message>
    <message>
        <source>Anti-flexion</source>
        <translation>Antiflexión</translation>
    </message>
    <message>
        <source>Extension through range</source>
        <translation>Extensión en todo el recorrido</translation>
    </message>
    <message>
        <source>Flexion movements</source>
        <translation>Movimientos de flexión</translation>
    </message>
    <message>
        <source>Anti-extension</source>
        <translation>Antiextensión</translation>
    </message>
    <message>
        <source>Flexion through range</source>
        <translation>Flexión en todo el recorrido</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexión</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Strength through range</source>
        <translation>Fuerza en todo el recorrido</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Tumbado</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Esterilla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Weight or bag</source>
        <translation>Peso o bolsa</translation>
    </message>
    <message>
        <source>Bench or sofa edge</source>
        <translation>Banco o borde del sofá</translation>
    </message>
    <message>
        <source>Band or cable</source>
        <translation>Banda elástica o polea</translation>
    </message>
    <message>
        <source>Table or counter</source>
        <translation>Mesa o encimera</translation>
    </message>
    <message>
        <source>a mat</source>
        <translation>una esterilla</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>una pared</translation>
    </message>
    <message>
        <source>a chair</source>
        <translation>una silla</translation>
    </message>
    <message>
        <source>a weight or bag</source>
        <translation>un peso o una bolsa</translation>
    </message>
    <message>
        <source>a bench or sofa edge</source>
        <translation>un banco o el borde del sofá</translation>
    </message>
    <message>
        <source>a band or cable</source>
        <translation>una banda elástica o una polea</translation>
    </message>
    <message>
        <source>a table or counter</source>
        <translation>una mesa o una encimera</translation>
    </message>
    <message>
        <source>Rotation and mobility</source>
        <translation>Rotación y movilidad</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Todas las direcciones</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Correr</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Bicicleta</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Natación</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>%d reps (hold %d s each)</source>
        <translation>%d repeticiones (mantener %d s cada una)</translation>
    </message>
    <message>
        <source>%d reps</source>
        <translation>%d repeticiones</translation>
    </message>
    <message>
        <source>a %d s hold</source>
        <translation>%d s manteniendo la postura</translation>
    </message>
    <message>
        <source>1 set of %s</source>
        <translation>1 serie de %s</translation>
    </message>
    <message>
        <source>%d sets of %s</source>
        <translation>%d series de %s</translation>
    </message>
    <message>
        <source>%s, each side</source>
        <translation>%s, por cada lado</translation>
    </message>
    <message>
        <source>%s, %d s rest between sets</source>
        <translation>%s, %d s de descanso entre series</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>about %d minutes</source>
        <translation>unos %d minutos</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>this morning</source>
        <translation>esta mañana</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Control de la mañana</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>How is your back %s?</source>
        <translation>¿Cómo está su espalda %s?</translation>
    </message>
    <message>
        <source>You exercised yesterday. Rate your pain as it is now, before you get going, so you can see how your back takes the exercise.</source>
        <translation>Ayer hizo ejercicio. Puntúe su dolor tal como está ahora, antes de ponerse en marcha, para ver cómo responde su espalda al ejercicio.</translation>
    </message>
    <message>
        <source>Rate your pain and stiffness as they are now. Your answer shows on the Progress charts.</source>
        <translation>Puntúe su dolor y su rigidez tal como están ahora. Su respuesta aparece en los gráficos de Progreso.</translation>
    </message>
    <message>
        <source>Press a number from 0 to 10.</source>
        <translation>Pulse un número del 0 al 10.</translation>
    </message>
    <message>
        <source>How stiff is it?</source>
        <translation>¿Qué rigidez nota?</translation>
    </message>
    <message>
        <source>Not stiff</source>
        <translation>Sin rigidez</translation>
    </message>
    <message>
        <source>A bit stiff</source>
        <translation>Algo rígida</translation>
    </message>
    <message>
        <source>Very stiff</source>
        <translation>Muy rígida</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Your pain %s: %d (%s)</source>
        <translation>Su dolor %s: %d (%s)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%s: %d. Before yesterday&apos;s session: %d.</source>
        <translation>%s: %d. Antes de la sesión de ayer: %d.</translation>
    </message>
    <message>
        <source>%s: %d.</source>
        <translation>%s: %d.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Your back is at its usual level or better. Keep going with your routine as it is.</source>
        <translation>Su espalda está como siempre o mejor. Siga con su rutina tal como está.</translation>
    </message>
    <message>
        <source>Your answer is saved; you will see it on the Progress charts.</source>
        <translation>Su respuesta está guardada; la verá en los gráficos de Progreso.</translation>
    </message>
    <message>
        <source>For the next session, you could:</source>
        <translation>Para la próxima sesión, podría:</translation>
    </message>
    <message>
        <source>Your pain is high.</source>
        <translation>Su dolor es alto.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Backup you made</source>
        <translation>Copia hecha por usted</translation>
    </message>
    <message>
        <source>Saved before a restore</source>
        <translation>Guardada antes de una restauración</translation>
    </message>
    <message>
        <source>Saved before an update</source>
        <translation>Guardada antes de una actualización</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Everything BackCoach knows about your exercise and pain stays in one file on this computer. Nothing is sent anywhere.</source>
        <translation>Todo lo que BackCoach sabe de su ejercicio y su dolor se queda en un solo archivo de este ordenador. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Dónde se guardan</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>BackCoach keeps a backup each day for the last week. Restoring one puts your current data aside as a backup first, so nothing is lost.</source>
        <translation>BackCoach guarda una copia de seguridad cada día durante la última semana. Al restaurar una, sus datos actuales se guardan antes como copia, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Choose a backup, then press Restore the selected backup</source>
        <translation>Elija una copia y pulse Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>Export everything to a file you can keep or move to another computer, or your pain ratings as a spreadsheet (CSV) for your physiotherapist. Import adds the records of a BackCoach export; records you already have are not added twice.</source>
        <translation>Exporte todo a un archivo que puede guardar o llevar a otro ordenador, o sus puntuaciones de dolor como hoja de cálculo (CSV) para su fisioterapeuta. Importar añade los registros de una exportación de BackCoach; los que ya tiene no se añaden dos veces.</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Export pain ratings (CSV)…</source>
        <translation>Exportar las puntuaciones de dolor (CSV)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>That did not work: %s. Nothing of yours was changed.</source>
        <translation>No ha funcionado: %s. No se ha cambiado nada de lo suyo.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>No ha funcionado</translation>
    </message>
    <message>
        <source>Backup saved as %s.</source>
        <translation>Copia de seguridad guardada como %s.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %s?

Your current data is saved as a backup first, so you can go back.</source>
        <translation>¿Sustituir sus datos por la copia del %s?

Sus datos actuales se guardan antes como copia, así que podrá volver atrás.</translation>
    </message>
    <message>
        <source>Backup restored. Your previous data was saved as %s.</source>
        <translation>Copia restaurada. Sus datos anteriores se han guardado como %s.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported everything to %s.</source>
        <translation>Todo se ha exportado a %s.</translation>
    </message>
    <message>
        <source>Exported your pain ratings to %s.</source>
        <translation>Sus puntuaciones de dolor se han exportado a %s.</translation>
    </message>
    <message>
        <source>Import a BackCoach export</source>
        <translation>Importar una exportación de BackCoach</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
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
        <translation>Las flechas izquierda y derecha recorren los días; Inicio y Fin saltan a los extremos.</translation>
    </message>
</context>
<context>
    <name>DirectionCheck</name>
    <message>
        <source>A few quick questions about what makes your back feel worse. There are no wrong answers, and &apos;not sure&apos; is fine. This is a suggestion for where to start, not a diagnosis, and you can change it whenever you like.</source>
        <translation>Unas preguntas rápidas sobre lo que le empeora la espalda. No hay respuestas incorrectas, y «no estoy seguro» vale. Es una sugerencia de por dónde empezar, no un diagnóstico, y puede cambiarla cuando quiera.</translation>
    </message>
    <message>
        <source>Does sitting for a while make your back worse?</source>
        <translation>¿Estar sentado un rato le empeora la espalda?</translation>
    </message>
    <message>
        <source>Does bending forward make it worse?</source>
        <translation>¿Inclinarse hacia delante la empeora?</translation>
    </message>
    <message>
        <source>Does standing or walking for a long time make it worse?</source>
        <translation>¿Estar de pie o caminar mucho rato la empeora?</translation>
    </message>
    <message>
        <source>Does leaning or arching backwards make it worse?</source>
        <translation>¿Echarse o arquearse hacia atrás la empeora?</translation>
    </message>
    <message>
        <source>What usually eases it?</source>
        <translation>¿Qué suele aliviarla?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <source>Sitting down or bending forward</source>
        <translation>Sentarme o inclinarme hacia delante</translation>
    </message>
    <message>
        <source>Standing, walking or lying on my front</source>
        <translation>Estar de pie, caminar o tumbarme boca abajo</translation>
    </message>
    <message>
        <source>Neither, or I&apos;m not sure</source>
        <translation>Ninguna de las dos, o no estoy seguro</translation>
    </message>
    <message>
        <source>Start with extension (gentle arching backwards)</source>
        <translation>Empezar por la extensión (arquearse suavemente hacia atrás)</translation>
    </message>
    <message>
        <source>Start with flexion (gentle bending forward)</source>
        <translation>Empezar por la flexión (inclinarse suavemente hacia delante)</translation>
    </message>
    <message>
        <source>No clear preference: start with gentle movement in all directions</source>
        <translation>Sin preferencia clara: empezar con movimientos suaves en todas las direcciones</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>estar sentado</translation>
    </message>
    <message>
        <source>bending forward</source>
        <translation>doblarse hacia delante</translation>
    </message>
    <message>
        <source>standing or walking for a long time</source>
        <translation>estar de pie o caminar mucho rato</translation>
    </message>
    <message>
        <source>arching backwards</source>
        <translation>arquearse hacia atrás</translation>
    </message>
    <message>
        <source>standing, walking or lying on your front</source>
        <translation>estar de pie, caminar o tumbarse boca abajo</translation>
    </message>
    <message>
        <source>sitting down or bending forward</source>
        <translation>sentarse o inclinarse hacia delante</translation>
    </message>
    <message>
        <source>arching gently backwards</source>
        <translation>arquearse suavemente hacia atrás</translation>
    </message>
    <message>
        <source>bending gently forward</source>
        <translation>inclinarse suavemente hacia delante</translation>
    </message>
    <message>
        <source>we suggest starting with extension exercises</source>
        <translation>le proponemos empezar con ejercicios de extensión</translation>
    </message>
    <message>
        <source>we suggest starting with flexion exercises</source>
        <translation>le proponemos empezar con ejercicios de flexión</translation>
    </message>
    <message>
        <source>extension exercises (gentle arching backwards)</source>
        <translation>ejercicios de extensión (arquearse suavemente hacia atrás)</translation>
    </message>
    <message>
        <source>flexion exercises (gentle bending forward)</source>
        <translation>ejercicios de flexión (inclinarse suavemente hacia delante)</translation>
    </message>
    <message>
        <source>gentle turning and easy movements in both directions</source>
        <translation>giros suaves y movimientos fáciles en ambas direcciones</translation>
    </message>
    <message>
        <source>%s and %s</source>
        <translation>%s y %s</translation>
    </message>
    <message>
        <source>%s makes it worse</source>
        <translation>%s la empeora</translation>
    </message>
    <message>
        <source>%s make it worse</source>
        <translation>%s la empeoran</translation>
    </message>
    <message>
        <source>%s eases it</source>
        <translation>%s la alivia</translation>
    </message>
    <message>
        <source>%s, and %s</source>
        <translation>%s, y %s</translation>
    </message>
    <message>
        <source>You said %1. That usually means your back prefers %2, so %3.</source>
        <translation>Ha dicho que %1. Eso suele indicar que su espalda prefiere %2, así que %3.</translation>
    </message>
    <message>
        <source>You said %1, although %2 too. On balance your back seems to prefer %3, so %4 and taking them gently.</source>
        <translation>Ha dicho que %1, aunque también %2. En conjunto, su espalda parece preferir %3, así que %4, con suavidad.</translation>
    </message>
    <message>
        <source>You said %1, but also that %2. With signs pointing both ways there is no clear preference, so we suggest starting with gentle turning and easy movements in both directions.</source>
        <translation>Ha dicho que %1, pero también que %2. Con señales en ambos sentidos no hay una preferencia clara, así que le proponemos empezar con giros suaves y movimientos fáciles en ambas direcciones.</translation>
    </message>
    <message>
        <source>You said %1, but one answer on its own is not enough to show which way your back prefers. So we suggest starting with gentle turning and easy movements in both directions.</source>
        <translation>Ha dicho que %1, pero una sola respuesta no basta para saber hacia dónde prefiere moverse su espalda. Así que le proponemos empezar con giros suaves y movimientos fáciles en ambas direcciones.</translation>
    </message>
    <message>
        <source>Your answers did not point to one direction that bothers your back more. So we suggest starting with gentle turning and easy movements in both directions.</source>
        <translation>Sus respuestas no señalan una dirección que le moleste más a su espalda. Así que le proponemos empezar con giros suaves y movimientos fáciles en ambas direcciones.</translation>
    </message>
    <message>
        <source>You chose to start with %1. You can take the check again or change this at any time.</source>
        <translation>Ha elegido empezar con %1. Puede volver a responder las preguntas o cambiarlo cuando quiera.</translation>
    </message>
    <message>
        <source>Your earlier answers suggested starting with %1. You can take the check again or change this at any time.</source>
        <translation>Sus respuestas anteriores sugerían empezar con %1. Puede volver a responder las preguntas o cambiarlo cuando quiera.</translation>
    </message>
</context>
<context>
    <name>EffectBars</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>%s: %s while doing it, %s right after, %d times</source>
        <translation>%s: %s mientras lo hace, %s justo después, %d veces</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>While doing it</source>
        <translation>Mientras lo hace</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Justo después</translation>
    </message>
    <message>
        <source>%s, done %d times: pain %s while doing it, %s right after</source>
        <translation>%s, hecho %d veces: dolor %s mientras lo hace, %s justo después</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details were saved in:
%s</source>
        <translation>Los detalles se han guardado en:
%s</translation>
    </message>
    <message>
        <source>The details could not be saved to a log file.</source>
        <translation>No se han podido guardar los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong inside BackCoach. Your saved data is safe.</source>
        <translation>Algo ha fallado dentro de BackCoach. Sus datos guardados están a salvo.</translation>
    </message>
    <message>
        <source>You can keep using the app. If this happens again, please send the log file to whoever helps you with BackCoach.

</source>
        <translation>Puede seguir usando la aplicación. Si vuelve a pasar, envíe el archivo de registro a quien le ayude con BackCoach.

</translation>
    </message>
</context>
<context>
    <name>ExerciseBrowser</name>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Search by name, body position, equipment or number…</source>
        <translation>Buscar por nombre, postura, material o número…</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Type of exercise</source>
        <translation>Tipo de ejercicio</translation>
    </message>
    <message>
        <source>Body position</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Solo &amp;favoritos</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>No exercise matches. Try fewer filters or press “Show all”.</source>
        <translation>Ningún ejercicio coincide. Pruebe con menos filtros o pulse «Mostrar todo».</translation>
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
        <translation>Cualquier dirección</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Cualquier postura</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <source>A mat or nothing</source>
        <translation>Una esterilla o nada</translation>
    </message>
    <message>
        <source>Show exercises of one direction of movement</source>
        <translation>Mostrar los ejercicios de una dirección de movimiento</translation>
    </message>
    <message>
        <source>Show movement, stability or strength exercises</source>
        <translation>Mostrar ejercicios de movimiento, estabilidad o fuerza</translation>
    </message>
    <message>
        <source>Show exercises done in one body position</source>
        <translation>Mostrar los ejercicios que se hacen en una postura</translation>
    </message>
    <message>
        <source>Show exercises that use this equipment</source>
        <translation>Mostrar los ejercicios que usan este material</translation>
    </message>
    <message>
        <source>Arrow keys move through the exercises; details show on the right</source>
        <translation>Las flechas recorren los ejercicios; los detalles aparecen a la derecha</translation>
    </message>
    <message>
        <source>All %d exercises, in the order of the article.</source>
        <translation>Los %d ejercicios, en el orden del artículo.</translation>
    </message>
    <message>
        <source>Showing %d of %d exercises.</source>
        <translation>Se muestran %d de %d ejercicios.</translation>
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
        <translation>☆ Favorito</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>To make it easier</source>
        <translation>Para hacerlo más fácil</translation>
    </message>
    <message>
        <source>When it feels easy</source>
        <translation>Cuando le resulte fácil</translation>
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
        <translation>+ Añadir a una rutina</translation>
    </message>
    <message>
        <source>Add this exercise to a routine</source>
        <translation>Añadir este ejercicio a una rutina</translation>
    </message>
    <message>
        <source>Added to “%s”. See it under Routines.</source>
        <translation>Añadido a «%s». Lo encontrará en Rutinas.</translation>
    </message>
    <message>
        <source>A new routine</source>
        <translation>Una rutina nueva</translation>
    </message>
    <message>
        <source>Illustration of %s</source>
        <translation>Ilustración: %s</translation>
    </message>
    <message>
        <source>Easier: %s</source>
        <translation>Más fácil: %s</translation>
    </message>
    <message>
        <source>Harder: %s</source>
        <translation>Más difícil: %s</translation>
    </message>
    <message>
        <source>Part of: %s</source>
        <translation>Forma parte de: %s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an exercise, then one of its variations</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Añadir a favoritos</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
</context>
<context>
    <name>ExercisePickerDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Add an exercise to “%s”</source>
        <translation>Añadir un ejercicio a «%s»</translation>
    </message>
    <message>
        <source>Search by name, position or number…</source>
        <translation>Buscar por nombre, postura o número…</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>No exercise matches. Try another word.</source>
        <translation>Ningún ejercicio coincide. Pruebe con otra palabra.</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <source>Add the selected exercise to the routine</source>
        <translation>Añadir el ejercicio elegido a la rutina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FigurePlayer</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <source>Pause animation</source>
        <translation>Pausar la animación</translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation>Reproducir la animación</translation>
    </message>
</context>
<context>
    <name>FunctionChart</name>
    <message>
        <source>no clear change</source>
        <translation>sin cambio claro</translation>
    </message>
</context>
<context>
    <name>FunctionScale</name>
    <message>
        <source>a real change</source>
        <translation>un cambio real</translation>
    </message>
    <message>
        <source>a real change for the worse; worth telling your physiotherapist</source>
        <translation>un cambio real a peor; conviene contárselo a su fisioterapeuta</translation>
    </message>
    <message>
        <source>not yet a clear change</source>
        <translation>todavía sin un cambio claro</translation>
    </message>
    <message>
        <source>%s: not rated yet</source>
        <translation>%s: aún sin puntuar</translation>
    </message>
    <message>
        <source>%s: %d, first rating</source>
        <translation>%s: %d, primera puntuación</translation>
    </message>
    <message>
        <source>%s: from %s to %s since %s — %s</source>
        <translation>%s: de %s a %s desde %s — %s</translation>
    </message>
    <message>
        <source>Average of your activities: from %s to %s since %s — %s</source>
        <translation>Media de sus actividades: de %s a %s desde %s — %s</translation>
    </message>
    <message>
        <source>What you can do is getting better: %s.</source>
        <translation>Lo que puede hacer va mejorando: %s.</translation>
    </message>
</context>
<context>
    <name>FunctionScaleCard</name>
    <message>
        <source>What you can do</source>
        <translation>Lo que puede hacer</translation>
    </message>
    <message>
        <source>What changed in your activities</source>
        <translation>Lo que ha cambiado en sus actividades</translation>
    </message>
    <message>
        <source>Chart of your activity ratings</source>
        <translation>Gráfico de las puntuaciones de sus actividades</translation>
    </message>
    <message>
        <source>Name 3 to 5 everyday activities your back makes hard, such as putting on socks, and rate how well you can do them. Rated again every two weeks or so, they show what you can do again.</source>
        <translation>Escriba de 3 a 5 actividades cotidianas que su espalda le pone difíciles, como ponerse los calcetines, y puntúe qué tal puede hacerlas. Si las vuelve a puntuar cada dos semanas más o menos, verá lo que vuelve a poder hacer.</translation>
    </message>
    <message>
        <source>Name my activities</source>
        <translation>Nombrar mis actividades</translation>
    </message>
    <message>
        <source>Each activity from 0 (unable) to 10 (as before your back problem), and the average of them (thick line). Outside the shaded band the average has really changed (2 points; 3 points for one activity).</source>
        <translation>Cada actividad de 0 (no puede) a 10 (como antes de su problema de espalda), y su media (línea gruesa). Fuera de la franja sombreada, la media ha cambiado de verdad (2 puntos; 3 puntos para una sola actividad).</translation>
    </message>
    <message>
        <source>Average of your activities: %s, first rating.</source>
        <translation>Media de sus actividades: %s, primera puntuación.</translation>
    </message>
    <message>
        <source> (no longer rated)</source>
        <translation> (ya no se puntúa)</translation>
    </message>
    <message>
        <source>Next rating due: %s.</source>
        <translation>Próxima puntuación: %s.</translation>
    </message>
    <message>
        <source>Rate my activities now</source>
        <translation>Puntuar mis actividades ahora</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
</context>
<context>
    <name>FunctionScalePage</name>
    <message>
        <source>Activities your back makes hard</source>
        <translation>Actividades que su espalda le pone difíciles</translation>
    </message>
    <message>
        <source>How are your activities going?</source>
        <translation>¿Qué tal van sus actividades?</translation>
    </message>
    <message>
        <source>Rate each activity again, from 0 (you cannot do it) to 10 (as well as before your back problem). Type a number in each box: 0 to 9, or + for 10. You can rename an activity, stop rating one, or add a new one.</source>
        <translation>Vuelva a puntuar cada actividad, de 0 (no puede hacerla) a 10 (tan bien como antes de su problema de espalda). Escriba un número en cada casilla: del 0 al 9, o + para el 10. Puede cambiar el nombre de una actividad, dejar de puntuar una o añadir otra nueva.</translation>
    </message>
    <message>
        <source>What does your back make hard?</source>
        <translation>¿Qué le pone difícil su espalda?</translation>
    </message>
    <message>
        <source>Name 3 to 5 everyday activities that are hard because of your back, in your own words. Then rate each from 0 (you cannot do it) to 10 (as well as before your back problem). Every two weeks or so you rate them again, and Progress shows what you can do again.</source>
        <translation>Escriba, con sus propias palabras, de 3 a 5 actividades cotidianas que le resultan difíciles por la espalda. Después puntúe cada una de 0 (no puede hacerla) a 10 (tan bien como antes de su problema de espalda). Cada dos semanas más o menos las vuelve a puntuar, y Progreso le muestra lo que vuelve a poder hacer.</translation>
    </message>
    <message>
        <source>Common examples (click one to use it):</source>
        <translation>Ejemplos habituales (haga clic en uno para usarlo):</translation>
    </message>
    <message>
        <source>Putting on socks</source>
        <translation>Ponerse los calcetines</translation>
    </message>
    <message>
        <source>Lifting a child</source>
        <translation>Coger en brazos a un niño</translation>
    </message>
    <message>
        <source>Sitting through a film</source>
        <translation>Estar sentado durante una película</translation>
    </message>
    <message>
        <source>Getting out of a car</source>
        <translation>Salir del coche</translation>
    </message>
    <message>
        <source>Carrying the shopping</source>
        <translation>Llevar la compra</translation>
    </message>
    <message>
        <source>Working in the garden</source>
        <translation>Trabajar en el jardín</translation>
    </message>
    <message>
        <source>Use this example as an activity</source>
        <translation>Usar este ejemplo como actividad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Now (0–10)</source>
        <translation>Ahora (0–10)</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Añadir una actividad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save ratings</source>
        <translation>Guardar las puntuaciones</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>You can rate your activities later from Progress (Esc)</source>
        <translation>Puede puntuar sus actividades más tarde desde Progreso (Esc)</translation>
    </message>
    <message>
        <source>e.g. putting on socks</source>
        <translation>p. ej., ponerse los calcetines</translation>
    </message>
    <message>
        <source>Activity %d</source>
        <translation>Actividad %d</translation>
    </message>
    <message>
        <source>Activity %d, how well you can do it now</source>
        <translation>Actividad %d, qué tal puede hacerla ahora</translation>
    </message>
    <message>
        <source>0 means you cannot do it, 10 as well as before. Type 0 to 9, or + for 10.</source>
        <translation>0 significa que no puede hacerla y 10, tan bien como antes. Escriba del 0 al 9, o + para el 10.</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Dejar de puntuar</translation>
    </message>
    <message>
        <source>Stop rating activity %d</source>
        <translation>Dejar de puntuar la actividad %d</translation>
    </message>
    <message>
        <source>Its past ratings stay in your history</source>
        <translation>Sus puntuaciones anteriores se quedan en su historial</translation>
    </message>
    <message>
        <source>last time %d</source>
        <translation>antes: %d</translation>
    </message>
    <message>
        <source>Each activity needs a name.</source>
        <translation>Cada actividad necesita un nombre.</translation>
    </message>
    <message>
        <source>The same activity is named twice.</source>
        <translation>La misma actividad aparece dos veces.</translation>
    </message>
    <message>
        <source>Please name 3 to 5 activities.</source>
        <translation>Escriba de 3 a 5 actividades.</translation>
    </message>
    <message>
        <source>Keep at least one activity, or choose Not now.</source>
        <translation>Mantenga al menos una actividad, o elija Ahora no.</translation>
    </message>
    <message>
        <source>Please rate each new activity from 0 to 10.</source>
        <translation>Puntúe cada actividad nueva de 0 a 10.</translation>
    </message>
    <message>
        <source>Please rate each activity from 0 to 10.</source>
        <translation>Puntúe cada actividad de 0 a 10.</translation>
    </message>
    <message>
        <source>Please rate at least one activity.</source>
        <translation>Puntúe al menos una actividad.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%d points</source>
        <translation>%d puntos</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>Cómo es una sesión</translation>
    </message>
    <message>
        <source>Press “Start” on Home. BackCoach first asks how much your back hurts right now, from 0 (no pain) to 10 (the worst you can imagine). That is your starting point for today.</source>
        <translation>Pulse «Empezar» en Inicio. Primero BackCoach le pregunta cuánto le duele la espalda ahora mismo, de 0 (sin dolor) a 10 (el peor dolor imaginable). Ese es su punto de partida de hoy.</translation>
    </message>
    <message>
        <source>Then comes one exercise at a time: a moving picture, the steps, and a big timer for a hold or a counter for repetitions. Soft sounds and a voice say when to start, switch sides and rest, so you can stay on the mat.</source>
        <translation>Después vienen los ejercicios, de uno en uno: una imagen en movimiento, los pasos y un temporizador grande para mantener la postura o un contador para las repeticiones. Unos tonos suaves y una voz le indican cuándo empezar, cambiar de lado y descansar, para que pueda quedarse en la esterilla.</translation>
    </message>
    <message>
        <source>Between exercises there is a short rest, and now and then BackCoach asks again how your back feels. Press a number key, or click the number.</source>
        <translation>Entre ejercicios hay un descanso corto y, de vez en cuando, BackCoach le vuelve a preguntar cómo nota la espalda. Pulse una tecla numérica o haga clic en el número.</translation>
    </message>
    <message>
        <source>At the end you see what you did. Every rating is saved the moment you give it, so stopping early loses nothing.</source>
        <translation>Al final ve lo que ha hecho. Cada puntuación se guarda en cuanto la da, así que parar antes no hace perder nada.</translation>
    </message>
    <message>
        <source>Space pauses and carries on. Esc ends the session.</source>
        <translation>Espacio pausa y reanuda. Esc termina la sesión.</translation>
    </message>
    <message>
        <source>Your daily goal is %d minutes. Doing a little every day helps more than doing a lot now and then.</source>
        <translation>Su objetivo diario es de %d minutos. Hacer un poco cada día ayuda más que hacer mucho de vez en cuando.</translation>
    </message>
    <message>
        <source>If your pain rises</source>
        <translation>Si su dolor sube</translation>
    </message>
    <message>
        <source>Some pain while you exercise is normal and does not mean you are doing harm. Up to 5 out of 10 during an exercise is fine.</source>
        <translation>Algo de dolor mientras hace ejercicio es normal y no significa que se esté haciendo daño. Hasta 5 de 10 durante un ejercicio está bien.</translation>
    </message>
    <message>
        <source>The rule BackCoach follows: if your pain goes %s or more above where you started today, it pauses the session and suggests a break. You can then rest and rate again, try an easier version, skip that exercise, or stop for today.</source>
        <translation>La regla que sigue BackCoach: si su dolor sube %s o más por encima de su punto de partida de hoy, pone la sesión en pausa y le propone un descanso. Entonces puede descansar y volver a puntuar, probar una versión más fácil, saltar ese ejercicio o parar por hoy.</translation>
    </message>
    <message>
        <source>If the pain stays up after resting, stopping for today is the best choice. Gentle moving about, like a short walk, is still good for your back.</source>
        <translation>Si el dolor sigue alto después de descansar, lo mejor es parar por hoy. Moverse con suavidad, como dar un paseo corto, sigue siendo bueno para su espalda.</translation>
    </message>
    <message>
        <source>On a day that starts with high pain (%d or more), BackCoach offers a gentler session and suggests a break at any rise.</source>
        <translation>Un día que empieza con dolor alto (%d o más), BackCoach ofrece una sesión más suave y propone un descanso ante cualquier subida.</translation>
    </message>
    <message>
        <source>The number of points can be changed in Settings, under Exercise sessions, but only do that if your physiotherapist suggests it.</source>
        <translation>El número de puntos se puede cambiar en Ajustes, en Sesiones de ejercicio, pero hágalo solo si se lo aconseja su fisioterapeuta.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Dónde están sus datos</translation>
    </message>
    <message>
        <source>Everything BackCoach keeps (your ratings, sessions, routines and settings) is in one folder on this computer:</source>
        <translation>Todo lo que guarda BackCoach (sus puntuaciones, sesiones, rutinas y ajustes) está en una sola carpeta de este ordenador:</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere: BackCoach has no account and does not use the internet.</source>
        <translation>No se envía nada a ningún sitio: BackCoach no tiene cuentas ni usa internet.</translation>
    </message>
    <message>
        <source>Each day BackCoach puts a copy of your data in the “backups” folder inside it, and keeps the last seven. Restore one on the “Your data” screen.</source>
        <translation>Cada día BackCoach guarda una copia de sus datos en la carpeta «backups» que hay dentro, y conserva las siete últimas. Puede restaurar una en la pantalla «Sus datos».</translation>
    </message>
    <message>
        <source>To keep a copy somewhere else or move to another computer, use “Export everything” on the “Your data” screen. To show your physiotherapist how it is going, use “Report for my physiotherapist” on the Progress screen.</source>
        <translation>Para guardar una copia en otro sitio o cambiar de ordenador, use «Exportar todo» en la pantalla «Sus datos». Para enseñar a su fisioterapeuta cómo le va, use «Informe para mi fisioterapeuta» en la pantalla Progreso.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — BackCoach</source>
        <translation>Ayuda — BackCoach</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>Cómo es una sesión</translation>
    </message>
    <message>
        <source>What the pain rule means</source>
        <translation>Qué significa la regla del dolor</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Dónde están sus datos</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Muestra la carpeta de datos en su explorador de archivos.</translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard.</source>
        <translation>Todo BackCoach se puede usar con el teclado.</translation>
    </message>
    <message>
        <source>A session</source>
        <translation>Una sesión</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to BackCoach</source>
        <translation>Le damos la bienvenida a BackCoach</translation>
    </message>
    <message>
        <source>Your routine is below. When you are ready, put a mat on the floor near the screen and press Start: BackCoach guides you through each exercise.</source>
        <translation>Su rutina está abajo. Cuando quiera, ponga una esterilla en el suelo cerca de la pantalla y pulse Empezar: BackCoach le guía en cada ejercicio.</translation>
    </message>
    <message>
        <source>Carry on with that session</source>
        <translation>Continuar esa sesión</translation>
    </message>
    <message>
        <source>Please check with a clinician first</source>
        <translation>Consulte antes con un profesional sanitario</translation>
    </message>
    <message>
        <source>You told us you have one or more of the warning signs. Please speak to a doctor or physiotherapist before you exercise. If any of the urgent signs apply, get medical help now.</source>
        <translation>Nos ha dicho que tiene una o varias señales de alarma. Hable con un médico o un fisioterapeuta antes de hacer ejercicio. Si tiene alguna de las señales urgentes, acuda a urgencias ahora.</translation>
    </message>
    <message>
        <source>See the warning signs</source>
        <translation>Ver las señales de alarma</translation>
    </message>
    <message>
        <source>I have checked with a clinician</source>
        <translation>Ya lo he consultado con un profesional</translation>
    </message>
    <message>
        <source>Minutes exercised today</source>
        <translation>Minutos de ejercicio hoy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Choose another routine</source>
        <translation>Elegir otra rutina</translation>
    </message>
    <message>
        <source>Where should I start?</source>
        <translation>¿Por dónde empiezo?</translation>
    </message>
    <message>
        <source>Answer the direction questions again</source>
        <translation>Volver a responder las preguntas sobre la dirección</translation>
    </message>
    <message>
        <source>How is my back today?</source>
        <translation>¿Cómo está hoy mi espalda?</translation>
    </message>
    <message>
        <source>Rate your pain and stiffness now (a check-in)</source>
        <translation>Puntúe ahora su dolor y su rigidez (un control)</translation>
    </message>
    <message>
        <source>A lighter session today?</source>
        <translation>¿Una sesión más suave hoy?</translation>
    </message>
    <message>
        <source>Your back is more sore this morning than before yesterday&apos;s session. Soreness for a day or two is normal; today, go a little easier: one set fewer, shorter holds and fewer reps. Your routine itself stays as it is.</source>
        <translation>Esta mañana le duele más la espalda que antes de la sesión de ayer. Tener agujetas uno o dos días es normal; hoy vaya un poco más suave: una serie menos, mantener menos tiempo y menos repeticiones. Su rutina en sí no cambia.</translation>
    </message>
    <message>
        <source>Start the lighter session</source>
        <translation>Empezar la sesión más suave</translation>
    </message>
    <message>
        <source>Yes, change my routine</source>
        <translation>Sí, cambiar mi rutina</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>BackCoach will not offer this change again</source>
        <translation>BackCoach no volverá a proponer este cambio</translation>
    </message>
    <message>
        <source>Rate my activities</source>
        <translation>Puntuar mis actividades</translation>
    </message>
    <message>
        <source>One short screen, about a minute</source>
        <translation>Una pantalla corta, un minuto más o menos</translation>
    </message>
    <message>
        <source>Ask again in a few days</source>
        <translation>Volver a preguntar en unos días</translation>
    </message>
    <message>
        <source>The pain rule</source>
        <translation>La regla del dolor</translation>
    </message>
    <message>
        <source>Little and often</source>
        <translation>Poco y a menudo</translation>
    </message>
    <message>
        <source>Pick a few exercises that suit you and keep to a regular schedule: that is what brings results, and about 15 minutes a day has been shown to help. Walking, cycling or swimming count too. Feeling a bit sore for a day or two is normal.</source>
        <translation>Elija unos pocos ejercicios que le vayan bien y hágalos con regularidad: eso es lo que da resultados, y se ha visto que unos 15 minutos al día ayudan. Caminar, ir en bici o nadar también cuentan. Tener algunas agujetas uno o dos días es normal.</translation>
    </message>
    <message>
        <source>BackCoach does not diagnose. Some signs need urgent help now, not exercise: numbness around the bottom or genitals, new trouble passing urine, or weakness in the legs. Others need a doctor soon.</source>
        <translation>BackCoach no hace diagnósticos. Algunas señales necesitan ayuda urgente, no ejercicio: pérdida de sensibilidad en las nalgas o los genitales, dificultad nueva para orinar o pérdida de fuerza en las piernas. Otras requieren ir pronto al médico.</translation>
    </message>
    <message>
        <source>Before you start, rate your pain from 0 (none) to 10 (the worst you can imagine). If it rises %s or more while you exercise, stop, rest and let it settle. Some discomfort is fine: it does not mean harm.</source>
        <translation>Antes de empezar, puntúe su dolor de 0 (nada) a 10 (el peor imaginable). Si sube %s o más mientras hace ejercicio, pare, descanse y deje que se calme. Algo de molestia está bien: no significa que se esté haciendo daño.</translation>
    </message>
    <message>
        <source>You ended “%s” early. Ended by mistake? You can carry on where you stopped for about %d more minutes.</source>
        <translation>Ha terminado «%s» antes de tiempo. ¿Ha sido sin querer? Puede continuar donde lo dejó durante unos %d minutos más.</translation>
    </message>
    <message>
        <source>Time to rate your activities again</source>
        <translation>Es momento de volver a puntuar sus actividades</translation>
    </message>
    <message>
        <source>It has been about two weeks: how well can you do the activities you named? It helps you and your physiotherapist see what has changed.</source>
        <translation>Han pasado unas dos semanas: ¿qué tal puede hacer las actividades que eligió? Así usted y su fisioterapeuta ven lo que ha cambiado.</translation>
    </message>
    <message>
        <source>What you can do again</source>
        <translation>Lo que vuelve a poder hacer</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>No routine chosen yet</source>
        <translation>Aún no ha elegido ninguna rutina</translation>
    </message>
    <message>
        <source>Answer a few questions to get a starter plan, or make your own.</source>
        <translation>Responda unas preguntas para obtener un plan de inicio, o cree el suyo.</translation>
    </message>
    <message>
        <source>Today&apos;s routine · %s</source>
        <translation>Rutina de hoy · %s</translation>
    </message>
    <message>
        <source>%d minutes today: daily goal reached. Well done!</source>
        <translation>%d minutos hoy: objetivo diario cumplido. ¡Muy bien!</translation>
    </message>
    <message>
        <source>%d of %d minutes today</source>
        <translation>%d de %d minutos hoy</translation>
    </message>
</context>
<context>
    <name>KeysTable</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 o ?</translation>
    </message>
    <message>
        <source>Open this help</source>
        <translation>Abrir esta ayuda</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Salir de BackCoach</translation>
    </message>
    <message>
        <source>Ctrl+W or Ctrl+F4</source>
        <translation>Ctrl+W o Ctrl+F4</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activar o quitar la pantalla completa</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Go to the next or the previous control</source>
        <translation>Ir al control siguiente o al anterior</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Pulsar el botón o marcar la casilla que tiene el foco</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Change a value, or move through a list</source>
        <translation>Cambiar un valor, o recorrer una lista</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a message or this help</source>
        <translation>Cerrar un mensaje o esta ayuda</translation>
    </message>
    <message>
        <source>Exercises screen</source>
        <translation>Pantalla Ejercicios</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the exercises</source>
        <translation>Buscar en los ejercicios</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>Move through the exercises</source>
        <translation>Recorrer los ejercicios</translation>
    </message>
    <message>
        <source>Routines screen</source>
        <translation>Pantalla Rutinas</translation>
    </message>
    <message>
        <source>Alt+↑, Alt+↓</source>
        <translation>Alt+↑, Alt+↓</translation>
    </message>
    <message>
        <source>Move the chosen exercise up or down</source>
        <translation>Subir o bajar el ejercicio elegido</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the chosen exercise from the routine</source>
        <translation>Quitar el ejercicio elegido de la rutina</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Put back the exercise just removed</source>
        <translation>Volver a poner el ejercicio que se acaba de quitar</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>Pause, or carry on</source>
        <translation>Pausar, o seguir</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>Volver al principio de este ejercicio, o al anterior</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Skip this exercise, or the rest</source>
        <translation>Saltar este ejercicio, o el descanso</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Set done (for exercises counted in reps)</source>
        <translation>Serie hecha (en los ejercicios por repeticiones)</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 a 9</translation>
    </message>
    <message>
        <source>Rate your pain</source>
        <translation>Puntuar su dolor</translation>
    </message>
    <message>
        <source>+ (or = or T)</source>
        <translation>+ (o = o T)</translation>
    </message>
    <message>
        <source>Rate your pain 10</source>
        <translation>Puntuar su dolor con 10</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>More time to get ready, switch sides or rest</source>
        <translation>Más tiempo para prepararse, cambiar de lado o descansar</translation>
    </message>
    <message>
        <source>End the session (asks first: Enter keeps going, E ends)</source>
        <translation>Terminar la sesión (pide confirmación: Intro sigue, E termina)</translation>
    </message>
    <message>
        <source>When a session suggests a break</source>
        <translation>Cuando una sesión propone un descanso</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Rest, then rate your pain again</source>
        <translation>Descansar y volver a puntuar el dolor</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Try the easier version</source>
        <translation>Probar la versión más fácil</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Saltar este ejercicio</translation>
    </message>
    <message>
        <source>End the session (asks first)</source>
        <translation>Terminar la sesión (pide confirmación)</translation>
    </message>
    <message>
        <source>When a session is complete</source>
        <translation>Cuando termina una sesión</translation>
    </message>
    <message>
        <source>Enter, Space or Esc</source>
        <translation>Intro, Espacio o Esc</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <source>Go to %s</source>
        <translation>Ir a %s</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Las teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Groups of keys, each key with what it does. Use the arrow keys to read.</source>
        <translation>Grupos de teclas, cada una con lo que hace. Use las flechas para leer.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Ctrl and a number also opens a screen</source>
        <translation>Ctrl y un número también abren una pantalla</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>How BackCoach works, and its keys (F1)</source>
        <translation>Cómo funciona BackCoach y sus teclas (F1)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Salir de BackCoach</translation>
    </message>
    <message>
        <source>Close BackCoach (Ctrl+Q)</source>
        <translation>Cerrar BackCoach (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation>Sobre la evidencia</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation>Sesión de ejercicio</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Sus actividades</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <source>Use the “%s” plan on Home instead of “%s”?</source>
        <translation>¿Usar el plan «%s» en Inicio en lugar de «%s»?</translation>
    </message>
    <message>
        <source>Your routine stays in Routines either way; you can switch back any time.</source>
        <translation>Su rutina se queda en Rutinas en cualquier caso; puede volver a ella cuando quiera.</translation>
    </message>
    <message>
        <source>Use “%s”</source>
        <translation>Usar «%s»</translation>
    </message>
    <message>
        <source>Keep my routine</source>
        <translation>Mantener mi rutina</translation>
    </message>
    <message>
        <source>These ratings could not be saved: %s</source>
        <translation>No se han podido guardar estas puntuaciones: %s</translation>
    </message>
    <message>
        <source>Your last session stopped before it was finished. Everything you did was saved.

Do you want to carry on where you stopped?</source>
        <translation>Su última sesión se detuvo antes de terminar. Todo lo que hizo está guardado.

¿Quiere continuar donde lo dejó?</translation>
    </message>
    <message>
        <source>Today: %d minutes. Today&apos;s goal of %d minutes is reached.</source>
        <translation>Hoy: %d minutos. El objetivo de hoy de %d minutos está cumplido.</translation>
    </message>
    <message>
        <source>Today: %d of %d minutes.</source>
        <translation>Hoy: %d de %d minutos.</translation>
    </message>
    <message>
        <source>%s (my copy)</source>
        <translation>%s (mi copia)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <source>goal %d min</source>
        <translation>objetivo %d min</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep everything as it was (Esc)</source>
        <translation>Dejarlo todo como estaba (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Welcome to BackCoach</source>
        <translation>Le damos la bienvenida a BackCoach</translation>
    </message>
    <message>
        <source>A few exercises done on a regular schedule, about a quarter of an hour a day, can make a real difference to low back pain. This short set-up helps you start safely and in a direction that suits your back.</source>
        <translation>Unos pocos ejercicios hechos con regularidad, un cuarto de hora al día, pueden cambiar de verdad el dolor lumbar. Esta breve puesta en marcha le ayuda a empezar con seguridad y en una dirección que le siente bien a su espalda.</translation>
    </message>
    <message>
        <source>What BackCoach does</source>
        <translation>Lo que hace BackCoach</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Lo que no hace</translation>
    </message>
    <message>
        <source>First, a safety check</source>
        <translation>Primero, una comprobación de seguridad</translation>
    </message>
    <message>
        <source>I have none of these</source>
        <translation>No tengo ninguna de estas</translation>
    </message>
    <message>
        <source>I have one or more of these</source>
        <translation>Tengo una o varias de estas</translation>
    </message>
    <message>
        <source>Thank you for telling us. Please speak to a doctor or physiotherapist before you start exercising. If you have any of the urgent signs above, get medical help now.

You can still look around BackCoach, and Home will remind you to check with a clinician first.</source>
        <translation>Gracias por decírnoslo. Hable con un médico o un fisioterapeuta antes de empezar a hacer ejercicio. Si tiene alguna de las señales urgentes de arriba, acuda a urgencias ahora.

Aun así puede echar un vistazo a BackCoach, e Inicio le recordará que antes lo consulte con un profesional sanitario.</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <source>Your starting point</source>
        <translation>Su punto de partida</translation>
    </message>
    <message>
        <source>Prefer a different start?</source>
        <translation>¿Prefiere otro punto de partida?</translation>
    </message>
    <message>
        <source>Starting direction</source>
        <translation>Dirección de inicio</translation>
    </message>
    <message>
        <source>Pick another starting direction if you prefer</source>
        <translation>Elija otra dirección de inicio si lo prefiere</translation>
    </message>
    <message>
        <source>Extension: gentle arching backwards</source>
        <translation>Extensión: arquearse suavemente hacia atrás</translation>
    </message>
    <message>
        <source>Flexion: gentle bending forward</source>
        <translation>Flexión: inclinarse suavemente hacia delante</translation>
    </message>
    <message>
        <source>Gentle movement in all directions</source>
        <translation>Movimiento suave en todas las direcciones</translation>
    </message>
    <message>
        <source>Start gently. Over the weeks BackCoach will suggest small steps toward the movements that bother you now, so your back gets used to them.</source>
        <translation>Empiece con suavidad. Con las semanas, BackCoach le propondrá pequeños pasos hacia los movimientos que ahora le molestan, para que su espalda se acostumbre a ellos.</translation>
    </message>
    <message>
        <source>Suggested plan: %s (%s)</source>
        <translation>Plan propuesto: %s (%s)</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Paso %d de %d</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Use this start</source>
        <translation>Usar este inicio</translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation>Empezar a usar BackCoach</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Puntuación del dolor de 0 a 10</translation>
    </message>
    <message>
        <source>Press a number key from 0 to 9, or plus for 10, or click a number.</source>
        <translation>Pulse una tecla del 0 al 9, o más para el 10, o haga clic en un número.</translation>
    </message>
    <message>
        <source>Pain %d, %s</source>
        <translation>Dolor %d, %s</translation>
    </message>
    <message>
        <source>0  No pain</source>
        <translation>0  Sin dolor</translation>
    </message>
    <message>
        <source>0–2 safe  ·  3–5 acceptable  ·  6–10 high</source>
        <translation>0–2&#xa0;seguro  ·  3–5&#xa0;aceptable  ·  6–10&#xa0;alto</translation>
    </message>
    <message>
        <source>Worst imaginable  10</source>
        <translation>El peor imaginable  10</translation>
    </message>
</context>
<context>
    <name>PainTrendChart</name>
    <message>
        <source>safe</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>pain rises</source>
        <translation>subidas</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Point at a day, or use the arrow keys on the chart, to see its numbers.</source>
        <translation>Señale un día, o use las flechas en el gráfico, para ver sus cifras.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
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
        <translation>sin rigidez</translation>
    </message>
    <message>
        <source>some stiffness</source>
        <translation>algo de rigidez</translation>
    </message>
    <message>
        <source>a lot of stiffness</source>
        <translation>mucha rigidez</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a day, then what happened on it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>before %s, highest %s, after %s</source>
        <translation>antes %s, máximo %s, después %s</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>sin sesión</translation>
    </message>
    <message>
        <source>7-day average %s</source>
        <translation>media de 7 días %s</translation>
    </message>
    <message>
        <source>1 flare</source>
        <translation>1 subida del dolor</translation>
    </message>
    <message>
        <source>%d flares</source>
        <translation>%d subidas del dolor</translation>
    </message>
    <message>
        <source>morning check-in %d, %s</source>
        <translation>control de la mañana %d, %s</translation>
    </message>
    <message>
        <source>no exercise</source>
        <translation>sin ejercicio</translation>
    </message>
    <message>
        <source>%s in sessions</source>
        <translation>%s en sesiones</translation>
    </message>
    <message>
        <source>%s of other activities</source>
        <translation>%s de otras actividades</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>Week of %s</source>
        <translation>Semana del %s</translation>
    </message>
    <message>
        <source>%s, on average: before %s, highest %s, after %s</source>
        <translation>%s, de media: antes %s, máximo %s, después %s</translation>
    </message>
    <message>
        <source>%s: %s a day on average (%s in sessions, %s of other activities)</source>
        <translation>%s: %s al día de media (%s en sesiones, %s de otras actividades)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>How your back and your exercise have been going.</source>
        <translation>Cómo van su espalda y su ejercicio.</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Anotar una actividad</translation>
    </message>
    <message>
        <source>Walking, cycling, swimming or anything you enjoy: it counts too</source>
        <translation>Caminar, ir en bici, nadar o lo que le guste: también cuenta</translation>
    </message>
    <message>
        <source>Sessions and activities…</source>
        <translation>Sesiones y actividades…</translation>
    </message>
    <message>
        <source>Find, open, change or delete what you logged, with undo</source>
        <translation>Buscar, abrir, cambiar o borrar lo que ha anotado, pudiendo deshacerlo</translation>
    </message>
    <message>
        <source>Report for my physiotherapist…</source>
        <translation>Informe para mi fisioterapeuta…</translation>
    </message>
    <message>
        <source>A PDF of the period shown, to print or send</source>
        <translation>Un PDF del periodo que se muestra, para imprimir o enviar</translation>
    </message>
    <message>
        <source>Show the last:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation>Mostrar: %s</translation>
    </message>
    <message>
        <source>Your charts fill in as you go</source>
        <translation>Sus gráficos se irán llenando</translation>
    </message>
    <message>
        <source>After your first session you will see your pain before and after, your minutes against the daily goal, and which exercises suit your back. Walks, rides and swims count too: log them with &quot;Log an activity&quot;.</source>
        <translation>Después de su primera sesión verá su dolor antes y después, sus minutos frente al objetivo diario y qué ejercicios le sientan bien a su espalda. Los paseos, las salidas en bici y la natación también cuentan: anótelos con «Anotar una actividad».</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Minutes of exercise a day</source>
        <translation>Minutos de ejercicio al día</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Gráfico del dolor</translation>
    </message>
    <message>
        <source>Minutes of exercise chart</source>
        <translation>Gráfico de minutos de ejercicio</translation>
    </message>
    <message>
        <source>Your history could not be read: %s</source>
        <translation>No se ha podido leer su historial: %s</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Leyendo su historial…</translation>
    </message>
    <message>
        <source>Each bar is a week: the minutes a day, on average.</source>
        <translation>Cada barra es una semana: los minutos al día, de media.</translation>
    </message>
    <message>
        <source>Each bar is a month: the minutes a day, on average.</source>
        <translation>Cada barra es un mes: los minutos al día, de media.</translation>
    </message>
    <message>
        <source>Each mark is the average of a week; the line is day by day.</source>
        <translation>Cada marca es la media de una semana; la línea va día a día.</translation>
    </message>
    <message>
        <source>Each mark is the average of a month; the line is day by day.</source>
        <translation>Cada marca es la media de un mes; la línea va día a día.</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>antes de una sesión</translation>
    </message>
    <message>
        <source>highest during it</source>
        <translation>máximo durante</translation>
    </message>
    <message>
        <source>after it</source>
        <translation>después</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>morning check-in</source>
        <translation>control de la mañana</translation>
    </message>
    <message>
        <source>break for a pain rise (%s or more)</source>
        <translation>descanso por subida del dolor (%s o más)</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>other activities</source>
        <translation>otras actividades</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objetivo diario</translation>
    </message>
    <message>
        <source>Drawing your chart…</source>
        <translation>Dibujando su gráfico…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Exercise a day</source>
        <translation>Ejercicio al día</translation>
    </message>
    <message>
        <source>Pain before sessions</source>
        <translation>Dolor antes de las sesiones</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <source>about %s a week</source>
        <translation>unas %s por semana</translation>
    </message>
    <message>
        <source>goal of %d min reached on %d of %d days</source>
        <translation>objetivo de %d min cumplido %d de %d días</translation>
    </message>
    <message>
        <source>no ratings in this period</source>
        <translation>sin puntuaciones en este periodo</translation>
    </message>
    <message>
        <source>after sessions: %s</source>
        <translation>después de las sesiones: %s</translation>
    </message>
    <message>
        <source>longest: %d</source>
        <translation>récord: %d</translation>
    </message>
    <message>
        <source>longest: …</source>
        <translation>récord: …</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Días activos</translation>
    </message>
    <message>
        <source>no exercise</source>
        <translation>sin ejercicio</translation>
    </message>
    <message>
        <source>some</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>half the goal or more</source>
        <translation>la mitad del objetivo o más</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>under half the days</source>
        <translation>menos de la mitad de los días</translation>
    </message>
    <message>
        <source>half the days or more</source>
        <translation>la mitad de los días o más</translation>
    </message>
    <message>
        <source>8 days in 10 or more</source>
        <translation>8 de cada 10 días o más</translation>
    </message>
    <message>
        <source>Active on %d of %d days; daily goal reached on %d.</source>
        <translation>Activo %d de %d días; objetivo diario cumplido %d veces.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>How your pain changed from just before an exercise: below zero it eased, above zero it rose. Some pain while exercising is fine and not harmful. Exercises you did at least 3 times are listed.</source>
        <translation>Cómo cambió su dolor respecto a justo antes de un ejercicio: por debajo de cero bajó, por encima subió. Algo de dolor al hacer ejercicio es normal y no hace daño. Solo aparecen los ejercicios que ha hecho al menos 3 veces.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Not enough sessions with pain ratings in this period yet.</source>
        <translation>Todavía no hay suficientes sesiones con puntuaciones de dolor en este periodo.</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>pain %s → %s</source>
        <translation>dolor %s → %s</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>between exercises</source>
        <translation>entre ejercicios</translation>
    </message>
    <message>
        <source>%s on %s</source>
        <translation>%s el %s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Pain not rated</source>
        <translation>Dolor sin puntuar</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Nota: %s</translation>
    </message>
    <message>
        <source>%s on %s, %s to %s</source>
        <translation>%s el %s, de %s a %s</translation>
    </message>
    <message>
        <source>%s on %s, %s</source>
        <translation>%s el %s, %s</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Exercise time: %d min</source>
        <translation>Tiempo de ejercicio: %d min</translation>
    </message>
    <message>
        <source>before %s</source>
        <translation>antes %s</translation>
    </message>
    <message>
        <source>highest during it %s</source>
        <translation>máximo durante la sesión %s</translation>
    </message>
    <message>
        <source>after %s</source>
        <translation>después %s</translation>
    </message>
    <message>
        <source>Pain %s</source>
        <translation>Dolor: %s</translation>
    </message>
    <message>
        <source> (left side)</source>
        <translation> (lado izquierdo)</translation>
    </message>
    <message>
        <source> (right side)</source>
        <translation> (lado derecho)</translation>
    </message>
    <message>
        <source>begun, stopped before a full set</source>
        <translation>empezado, parado antes de completar una serie</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>1 set done</source>
        <translation>1 serie hecha</translation>
    </message>
    <message>
        <source>%d sets done</source>
        <translation>%d series hechas</translation>
    </message>
    <message>
        <source>%s, then stopped</source>
        <translation>%s, y luego parada</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>an exercise of a session, then how it went</comment>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Breaks for a pain rise: %d</source>
        <translation>Descansos por subida del dolor: %d</translation>
    </message>
    <message>
        <source>the session “%s” of %s at %s</source>
        <translation>la sesión «%s» del %s a las %s</translation>
    </message>
    <message>
        <source>the activity “%s” of %s</source>
        <translation>la actividad «%s» del %s</translation>
    </message>
    <message>
        <source>Deleted %s.</source>
        <translation>Borrado: %s.</translation>
    </message>
    <message>
        <source>Logged %s.</source>
        <translation>Anotado: %s.</translation>
    </message>
    <message>
        <source>Changed %s.</source>
        <translation>Cambiado: %s.</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <source>Your sessions and activities</source>
        <translation>Sus sesiones y actividades</translation>
    </message>
    <message>
        <source>Open one to see what was done. Change an activity, or delete a session or activity logged by mistake: you can undo it.</source>
        <translation>Abra una para ver lo que se hizo. Cambie una actividad, o borre una sesión o actividad anotada por error: puede deshacerlo.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Sessions and activities, newest first</source>
        <translation>Sesiones y actividades, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Enter opens or changes the one chosen; Delete removes it</source>
        <translation>Intro abre o cambia el elegido; Supr lo borra</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <source>The record chosen</source>
        <translation>El registro elegido</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Session: %s</source>
        <translation>Sesión: %s</translation>
    </message>
    <message>
        <source>Activity: %s</source>
        <translation>Actividad: %s</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>Deshecho: %s</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open BackCoach</source>
        <translation>Abrir BackCoach</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Salir de BackCoach</translation>
    </message>
    <message>
        <source>BackCoach is still running here, so your reminders can come.</source>
        <translation>BackCoach sigue abierto aquí, para que le lleguen los recordatorios.</translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation>Es la hora de sus ejercicios para la espalda</translation>
    </message>
    <message>
        <source>About %d minutes is enough. Click here to start.</source>
        <translation>Con unos %d minutos basta. Haga clic aquí para empezar.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%s report</source>
        <translation>Informe de %s</translation>
    </message>
    <message>
        <source>Page %d of %d</source>
        <translation>Página %d de %d</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>pain rises</source>
        <translation>subidas</translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation>mejoría significativa</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>empeoramiento significativo</translation>
    </message>
    <message>
        <source>no meaningful change</source>
        <translation>sin cambio significativo</translation>
    </message>
    <message>
        <source>Mean %s on %s (one rating so far).</source>
        <translation>Media %s el %s (una sola puntuación por ahora).</translation>
    </message>
    <message>
        <source>Mean %s on %s, %s on %s: %s, %s.</source>
        <translation>Media %s el %s, %s el %s: %s, %s.</translation>
    </message>
    <message>
        <source>What the person can do (Patient-Specific Functional Scale)</source>
        <translation>Lo que la persona puede hacer (Escala Funcional Específica del Paciente, PSFS)</translation>
    </message>
    <message>
        <source>Not set up: no activities were named.</source>
        <translation>Sin configurar: no se indicó ninguna actividad.</translation>
    </message>
    <message>
        <source>1 rating round.</source>
        <translation>1 ronda de puntuaciones.</translation>
    </message>
    <message>
        <source>%d rating rounds.</source>
        <translation>%d rondas de puntuaciones.</translation>
    </message>
    <message>
        <source>Each activity was named by the person and is rated 0 (unable to do it) to 10 (as before the problem); the score is the mean. A change of 2 points in the mean, or 3 for one activity, is meaningful (Stratford 1995).</source>
        <translation>Cada actividad la eligió la persona y se puntúa de 0 (incapaz de hacerla) a 10 (como antes del problema); la puntuación es la media. Un cambio de 2 puntos en la media, o de 3 en una actividad, es significativo (Stratford 1995).</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>(no longer rated)</source>
        <translation>(ya no se puntúa)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>one rating so far</source>
        <translation>una sola puntuación por ahora</translation>
    </message>
    <message>
        <source>mean (thick black line)</source>
        <translation>media (línea negra gruesa)</translation>
    </message>
    <message>
        <source>rested, then went on</source>
        <translation>descansó y luego siguió</translation>
    </message>
    <message>
        <source>switched to an easier version</source>
        <translation>cambió a una versión más fácil</translation>
    </message>
    <message>
        <source>skipped the exercise</source>
        <translation>saltó el ejercicio</translation>
    </message>
    <message>
        <source>ended the session</source>
        <translation>terminó la sesión</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>siguió</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>some</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>mucha</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexión</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
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
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>%d (%s a week)</source>
        <translation>%d (%s a la semana)</translation>
    </message>
    <message>
        <source>Days with exercise</source>
        <translation>Días con ejercicio</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <source>Daily goal (%d min) reached</source>
        <translation>Objetivo diario (%d min) alcanzado</translation>
    </message>
    <message>
        <source>1 of %d days</source>
        <translation>1 de %d días</translation>
    </message>
    <message>
        <source>%d of %d days</source>
        <translation>%d de %d días</translation>
    </message>
    <message>
        <source>Minutes of exercise</source>
        <translation>Minutos de ejercicio</translation>
    </message>
    <message>
        <source>%s in sessions, %s of other activities (%d logged); %s a day on average</source>
        <translation>%s en sesiones, %s de otras actividades (actividades registradas: %d); %s al día de media</translation>
    </message>
    <message>
        <source>Longest run of active days</source>
        <translation>Racha más larga de días activos</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%d days</source>
        <translation>%d días</translation>
    </message>
    <message>
        <source>Pain before sessions (average)</source>
        <translation>Dolor antes de las sesiones (media)</translation>
    </message>
    <message>
        <source>Pain after sessions (average)</source>
        <translation>Dolor después de las sesiones (media)</translation>
    </message>
    <message>
        <source>Highest pain during a session</source>
        <translation>Dolor máximo durante una sesión</translation>
    </message>
    <message>
        <source>Pain rule used</source>
        <translation>Regla del dolor aplicada</translation>
    </message>
    <message>
        <source>Pain rises (a break was advised)</source>
        <translation>Subidas del dolor (se propuso un descanso)</translation>
    </message>
    <message>
        <source>Next-morning check-ins</source>
        <translation>Controles de la mañana siguiente</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>In sessions</source>
        <translation>En sesiones</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Otras actividades</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Pain rises</source>
        <translation>Subidas del dolor</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>While doing it</source>
        <translation>Durante el ejercicio</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Justo después</translation>
    </message>
    <message>
        <source>No exercise was done with pain ratings at least %d times in this period.</source>
        <translation>Ningún ejercicio se hizo con puntuaciones de dolor al menos %d veces en este periodo.</translation>
    </message>
    <message>
        <source>Average change in pain (0–10) from the rating just before an exercise to the highest rating while doing it, and to the rating given right after it. Below zero: the pain eased; above zero: it rose. Exercises done at least %d times, those that eased the pain most first.</source>
        <translation>Cambio medio del dolor (0–10) entre la puntuación justo antes de un ejercicio y la puntuación más alta durante el ejercicio, y la puntuación dada justo después. Por debajo de cero: el dolor bajó; por encima de cero: subió. Ejercicios hechos al menos %d veces, primero los que más aliviaron el dolor.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>before the first exercise</source>
        <translation>antes del primer ejercicio</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <source>%d times</source>
        <translation>%d veces</translation>
    </message>
    <message>
        <source>No pain rose enough to call for a break in this period.</source>
        <translation>En este periodo, el dolor nunca subió lo suficiente como para pedir un descanso.</translation>
    </message>
    <message>
        <source>The pain rose %s or more above the start of a session %s, most often with %s. The largest rise was from %d to %d (%s, %s).</source>
        <translation>El dolor subió %s o más por encima del inicio de la sesión %s, sobre todo con %s. La mayor subida fue de %d a %d (%s, %s).</translation>
    </message>
    <message>
        <source>%s and %s</source>
        <translation>%s y %s</translation>
    </message>
    <message>
        <source>The session was ended %s after a rise.</source>
        <translation>La sesión se terminó %s tras una subida.</translation>
    </message>
    <message>
        <source>No pain rises called for a break in this period.</source>
        <translation>Ninguna subida del dolor pidió un descanso en este periodo.</translation>
    </message>
    <message>
        <source>Rises</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Largest rise</source>
        <translation>Mayor subida</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain: start → rise</source>
        <translation>Dolor: inicio&#xa0;→&#xa0;subida</translation>
    </message>
    <message>
        <source>What the person chose</source>
        <translation>Lo que eligió la persona</translation>
    </message>
    <message>
        <source>The largest rise</source>
        <translation>La mayor subida</translation>
    </message>
    <message>
        <source>The %d largest rises</source>
        <translation>Las %d mayores subidas</translation>
    </message>
    <message>
        <source>No next-morning check-ins in this period.</source>
        <translation>Ningún control de la mañana siguiente en este periodo.</translation>
    </message>
    <message>
        <source>1 next-morning check-in.</source>
        <translation>1 control de la mañana siguiente.</translation>
    </message>
    <message>
        <source>%d next-morning check-ins.</source>
        <translation>%d controles de la mañana siguiente.</translation>
    </message>
    <message>
        <source>None came the morning after a session with a pain rating to compare.</source>
        <translation>Ninguno fue la mañana siguiente a una sesión con una puntuación de dolor para comparar.</translation>
    </message>
    <message>
        <source>Every morning after a session (%d), the pain was the same as or lower than before that session.</source>
        <translation>Todas las mañanas después de una sesión (%d), el dolor fue igual o menor que antes de esa sesión.</translation>
    </message>
    <message>
        <source>1 higher</source>
        <translation>1 punto más</translation>
    </message>
    <message>
        <source>up to %d higher</source>
        <translation>hasta %d puntos más</translation>
    </message>
    <message>
        <source>On %d of the %d mornings after a session, the pain was higher than before that session (%s); on the other %d it was the same or lower.</source>
        <translation>En %d de las %d mañanas después de una sesión, el dolor fue mayor que antes de esa sesión (%s); en el resto (%d) fue igual o menor.</translation>
    </message>
    <message>
        <source>On %d of the %d mornings after a session, the pain was higher than before that session (%s).</source>
        <translation>En %d de las %d mañanas después de una sesión, el dolor fue mayor que antes de esa sesión (%s).</translation>
    </message>
    <message>
        <source>The latest %d of %d check-ins are listed.</source>
        <translation>Se muestran los %d últimos controles de %d.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Pain before the previous day&apos;s session</source>
        <translation>Dolor antes de la sesión del día anterior</translation>
    </message>
    <message>
        <source>No other activities logged in this period.</source>
        <translation>Ninguna otra actividad registrada en este periodo.</translation>
    </message>
    <message>
        <source>The latest %d of %d activities are listed.</source>
        <translation>Se muestran las %d últimas actividades de %d.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes&#xa0;→&#xa0;después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No routine chosen, and no session of a known routine.</source>
        <translation>No hay ninguna rutina elegida ni ninguna sesión de una rutina conocida.</translation>
    </message>
    <message>
        <source>(skipped %d)</source>
        <translation>(omitido: %d)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sesiones hechas</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Series hechas</translation>
    </message>
    <message>
        <source>(no routine is chosen: this is the routine of the latest session)</source>
        <translation>(no hay ninguna rutina elegida: es la rutina de la última sesión)</translation>
    </message>
    <message>
        <source>Done against it in the 1 session of the period: in how many sessions each exercise was done, and the sets done against the sets prescribed.</source>
        <translation>Cumplimiento en la única sesión del periodo: en cuántas sesiones se hizo cada ejercicio y las series hechas frente a las prescritas.</translation>
    </message>
    <message>
        <source>Done against it in the %d sessions of the period: in how many sessions each exercise was done, and the sets done against the sets prescribed.</source>
        <translation>Cumplimiento en las %d sesiones del periodo: en cuántas sesiones se hizo cada ejercicio y las series hechas frente a las prescritas.</translation>
    </message>
    <message>
        <source>none of the warning signs that need a doctor applied.</source>
        <translation>no se marcó ninguna de las señales de alarma que requieren consultar a un médico.</translation>
    </message>
    <message>
        <source>at least one warning sign that needs a doctor applied; BackCoach advised seeing a clinician before exercising, and the user later chose to go on.</source>
        <translation>se marcó al menos una señal de alarma que requiere consultar a un médico; BackCoach aconsejó consultar con un profesional sanitario antes de hacer ejercicio, y la persona decidió después continuar.</translation>
    </message>
    <message>
        <source>at least one warning sign that needs a doctor applied; BackCoach advised seeing a clinician before exercising.</source>
        <translation>se marcó al menos una señal de alarma que requiere consultar a un médico; BackCoach aconsejó consultar con un profesional sanitario antes de hacer ejercicio.</translation>
    </message>
    <message>
        <source>not answered.</source>
        <translation>sin respuesta.</translation>
    </message>
    <message>
        <source>Warning-signs check:</source>
        <translation>Comprobación de señales de alarma:</translation>
    </message>
    <message>
        <source>Direction check:</source>
        <translation>Prueba de dirección:</translation>
    </message>
    <message>
        <source>not done.</source>
        <translation>no realizada.</translation>
    </message>
    <message>
        <source>Direction, chosen by hand:</source>
        <translation>Dirección, elegida a mano:</translation>
    </message>
    <message>
        <source>Direction check result:</source>
        <translation>Resultado de la prueba de dirección:</translation>
    </message>
    <message>
        <source>Answers to the direction check:</source>
        <translation>Respuestas a la prueba de dirección:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%s to %s</source>
        <translation>Del %s al %s</translation>
    </message>
    <message>
        <source>(1 day)</source>
        <translation>(1 día)</translation>
    </message>
    <message>
        <source>(%d days)</source>
        <translation>(%d días)</translation>
    </message>
    <message>
        <source>Made on %s with %s %s. It shows what was recorded in the app: pain on the 0–10 scale (0 no pain, 10 the worst imaginable) before, during and after home exercise sessions, next-morning check-ins and other activities. It is not a diagnosis.</source>
        <translation>Elaborado el %s con %s %s. Muestra lo registrado en la aplicación: el dolor en la escala de 0 a 10 (0 sin dolor, 10 el peor imaginable) antes, durante y después de las sesiones de ejercicio en casa, los controles de la mañana siguiente y otras actividades. No es un diagnóstico.</translation>
    </message>
    <message>
        <source>At first use</source>
        <translation>En el primer uso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Current routine</source>
        <translation>Rutina actual</translation>
    </message>
    <message>
        <source>Marks: %1 before a session, %2 highest during it, %3 after it, %4 next-morning check-in, %5 day with a pain rise; the line is the 7-day average of the pain before sessions. Zones: 0–2 safe, 3–5 acceptable, 6–10 high (pain-monitoring model).</source>
        <translation>Marcas: %1 antes de una sesión, %2 máximo durante la sesión, %3 después, %4 control de la mañana siguiente, %5 día con una subida del dolor; la línea es la media de 7 días del dolor antes de las sesiones. Zonas: 0–2 seguro, 3–5 aceptable, 6–10 alto (modelo de monitorización del dolor).</translation>
    </message>
    <message>
        <source>Each mark is a week&apos;s average.</source>
        <translation>Cada marca es la media de una semana.</translation>
    </message>
    <message>
        <source>Each mark is a month&apos;s average.</source>
        <translation>Cada marca es la media de un mes.</translation>
    </message>
    <message>
        <source>A pain rise is a rating %s or more above the rating before the session (the pain rule, with the threshold set in BackCoach): the session paused and offered a break. On a day that started with high pain (%s), any rise above the start counts.</source>
        <translation>Una subida del dolor es una puntuación %s o más por encima de la puntuación previa a la sesión (la regla del dolor, con el umbral fijado en BackCoach): la sesión se detuvo y propuso un descanso. En un día que empezó con dolor alto (%s), cuenta cualquier subida por encima del inicio.</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>%s points</source>
        <translation>%s puntos</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%d points</source>
        <translation>%d puntos</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%d or more</source>
        <translation>%d o más</translation>
    </message>
    <message>
        <source>%d or more at threshold %s, otherwise %d or more</source>
        <translation>%d o más con el umbral %s; si no, %d o más</translation>
    </message>
    <message>
        <source>a break at a rise of %s above the start</source>
        <translation>un descanso ante una subida de %s por encima del inicio</translation>
    </message>
    <message>
        <source>from %s, %s</source>
        <translation>desde el %s, %s</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>The report is saved as %s.</source>
        <translation>El informe se ha guardado como %s.</translation>
    </message>
    <message>
        <source>The report could not be saved: %s.</source>
        <translation>No se ha podido guardar el informe: %s.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Lifting my grandson</source>
        <translation>Coger en brazos a mi nieto</translation>
    </message>
</context>
<context>
    <name>RoutineItemEditor</name>
    <message>
        <source>The Up and Down keys change it; saved at once</source>
        <translation>Las flechas arriba y abajo lo cambian; se guarda al momento</translation>
    </message>
    <message>
        <source>This exercise is not in this version of BackCoach</source>
        <translation>Este ejercicio no está en esta versión de BackCoach</translation>
    </message>
    <message>
        <source>Hold each rep for</source>
        <translation>Mantener cada repetición</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Hold time for each repetition, in seconds</source>
        <translation>Tiempo que se mantiene cada repetición, en segundos</translation>
    </message>
    <message>
        <source>Hold time in seconds</source>
        <translation>Tiempo que se mantiene, en segundos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Usual dose: %s</source>
        <translation>Dosis habitual: %s</translation>
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
        <translation>Mantener un tiempo</translation>
    </message>
    <message>
        <source>Count repetitions</source>
        <translation>Contar repeticiones</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Repeticiones en cada serie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number of sets</source>
        <translation>Número de series</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Rest between sets in seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <source>Do it on each side</source>
        <translation>Hacerlo por cada lado</translation>
    </message>
    <message>
        <source>Do it on each side, left and right</source>
        <translation>Hacerlo por cada lado, izquierdo y derecho</translation>
    </message>
    <message>
        <source>Left and right, one after the other</source>
        <translation>Izquierdo y derecho, uno después del otro</translation>
    </message>
    <message>
        <source>Use the usual dose</source>
        <translation>Usar la dosis habitual</translation>
    </message>
</context>
<context>
    <name>RoutineItemsModel</name>
    <message>
        <source>%d of %d: %s, %s</source>
        <translation>%d de %d: %s, %s</translation>
    </message>
    <message>
        <source>Not available in this version of BackCoach</source>
        <translation>No disponible en esta versión de BackCoach</translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>Starter plans</source>
        <translation>Planes de inicio</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <source>None yet. Make your own copy of a plan, or press “New routine”.</source>
        <translation>Ninguna todavía. Haga su propia copia de un plan, o pulse «Rutina nueva».</translation>
    </message>
    <message>
        <source>Starter plan · %s</source>
        <translation>Plan de inicio · %s</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>Plan de inicio</translation>
    </message>
</context>
<context>
    <name>RoutineSummary</name>
    <message>
        <source>no exercises yet</source>
        <translation>todavía no hay ejercicios</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%d exercises</source>
        <translation>%d ejercicios</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Todavía no hay ejercicios</translation>
    </message>
    <message>
        <source>Some exercises are not in this version of BackCoach</source>
        <translation>Algunos ejercicios no están en esta versión de BackCoach</translation>
    </message>
    <message>
        <source>You need no equipment.</source>
        <translation>No necesita material.</translation>
    </message>
    <message>
        <source>You need %s.</source>
        <translation>Necesita %s.</translation>
    </message>
    <message>
        <source>You need %s and %s.</source>
        <translation>Necesita %s y %s.</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Starter plans first, then your own</source>
        <translation>Primero los planes de inicio, luego los suyos</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move an exercise; Delete removes it</source>
        <translation>Alt+Arriba y Alt+Abajo mueven un ejercicio; Supr lo quita</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>%s (my copy)</source>
        <translation>%s (mi copia)</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s (copia)</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar la rutina</translation>
    </message>
    <message>
        <source>Delete “%s”?</source>
        <translation>¿Borrar «%s»?</translation>
    </message>
    <message>
        <source>It will be gone for good. The exercises stay in the library.</source>
        <translation>Se borrará para siempre. Los ejercicios se quedan en la biblioteca.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the routine</source>
        <translation>Borrar la rutina</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Keep the routine</source>
        <translation>Conservar la rutina</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Put the exercise back where it was (Ctrl+Z)</source>
        <translation>Volver a poner el ejercicio donde estaba (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Removed “%s”.</source>
        <translation>Se ha quitado «%s».</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>Plan de inicio</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <source>Make my own &amp;copy</source>
        <translation>Hacer mi propia &amp;copia</translation>
    </message>
    <message>
        <source>Make a &amp;copy</source>
        <translation>Hacer una &amp;copia</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Hacer mi propia copia</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>Rutina &amp;nueva</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Rutina nueva</translation>
    </message>
    <message>
        <source>Start an empty routine and choose its exercises</source>
        <translation>Empezar una rutina vacía y elegir sus ejercicios</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Give this routine a name</source>
        <translation>Ponga un nombre a esta rutina</translation>
    </message>
    <message>
        <source>Type a new name; it is saved as you type</source>
        <translation>Escriba un nombre nuevo; se guarda mientras escribe</translation>
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
        <translation>&amp;Empezar esta rutina</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Empezar esta rutina</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Borrar esta rutina</translation>
    </message>
    <message>
        <source>Starter plans stay as they are. To change this one, make your own copy.</source>
        <translation>Los planes de inicio no se cambian. Para cambiar este, haga su propia copia.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Ejercicios, en orden</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>&amp;Añadir ejercicio…</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>Choose an exercise to add at the end</source>
        <translation>Elegir un ejercicio para añadirlo al final</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>No exercises yet. Press “Add exercise…” to choose the first one.</source>
        <translation>Todavía no hay ejercicios. Pulse «Añadir ejercicio…» para elegir el primero.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected exercise up</source>
        <translation>Subir el ejercicio elegido</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected exercise down</source>
        <translation>Bajar el ejercicio elegido</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation>Quitar el ejercicio elegido</translation>
    </message>
    <message>
        <source>Take it out of this routine (Delete)</source>
        <translation>Sacarlo de esta rutina (Supr)</translation>
    </message>
    <message>
        <source>Drag an exercise to change the order, or press Alt+Up and Alt+Down.</source>
        <translation>Arrastre un ejercicio para cambiar el orden, o pulse Alt+Arriba y Alt+Abajo.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>Enter: keep going  ·  E: end</source>
        <translation>Intro: seguir  ·  E: terminar</translation>
    </message>
    <message>
        <source>What you have done so far is saved either way.</source>
        <translation>Lo que ha hecho hasta ahora se guarda en cualquier caso.</translation>
    </message>
    <message>
        <source>Keep going (Enter)</source>
        <translation>Seguir (Intro)</translation>
    </message>
    <message>
        <source>End the session (E)</source>
        <translation>Terminar la sesión (E)</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Avance en la rutina</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation>Saltar →</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Terminar (Esc)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Set done (Enter)</source>
        <translation>Serie hecha (Intro)</translation>
    </message>
    <message>
        <source>More time (M)</source>
        <translation>Más tiempo (M)</translation>
    </message>
    <message>
        <source>Paused. Press Space to carry on.</source>
        <translation>En pausa. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Es momento de descansar</translation>
    </message>
    <message>
        <source>Rest, then rate again (R)</source>
        <translation>Descansar y volver a puntuar (R)</translation>
    </message>
    <message>
        <source>Skip this exercise (S)</source>
        <translation>Saltar este ejercicio (S)</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message>
        <source>Back to Home (Enter)</source>
        <translation>Volver a Inicio (Intro)</translation>
    </message>
    <message>
        <source>Carry on with this session (C)</source>
        <translation>Continuar esta sesión (C)</translation>
    </message>
    <message>
        <source>A guided exercise session is running</source>
        <translation>Hay una sesión de ejercicios guiada en curso</translation>
    </message>
    <message>
        <source>%s · exercise %d of %d</source>
        <translation>%s · ejercicio %d de %d</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Skip rest →</source>
        <translation>Saltar el descanso →</translation>
    </message>
    <message>
        <source>Next up: %s</source>
        <translation>A continuación: %s</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Después: %s</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Último ejercicio</translation>
    </message>
    <message>
        <source>%d reps each side, changing side each time; then Enter</source>
        <translation>%d repeticiones por lado, cambiando de lado cada vez; luego Intro</translation>
    </message>
    <message>
        <source>Do %d reps, then Enter</source>
        <translation>Haga %d repeticiones y luego Intro</translation>
    </message>
    <message>
        <source>Get ready · M: more time</source>
        <translation>Prepárese · M: más tiempo</translation>
    </message>
    <message>
        <source>Settled at %d · rest on, or Enter: go on now</source>
        <translation>Estable en %d · siga descansando, o Intro: continuar ya</translation>
    </message>
    <message>
        <source>Set %d of %d</source>
        <translation>Serie %d de %d</translation>
    </message>
    <message>
        <source>Next: set %d of %d</source>
        <translation>Después: serie %d de %d</translation>
    </message>
    <message>
        <source>Now to the left</source>
        <translation>Ahora hacia la izquierda</translation>
    </message>
    <message>
        <source>Now to the right</source>
        <translation>Ahora hacia la derecha</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>Alternando los lados</translation>
    </message>
    <message>
        <source>Rep %d of %d</source>
        <translation>Repetición %d&#xa0;de&#xa0;%d</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to carry on.</source>
        <translation>En pausa mientras el ordenador estaba en reposo. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <source>Time to stop for today</source>
        <translation>Es mejor parar por hoy</translation>
    </message>
    <message>
        <source>Warning signs, some needing urgent help: show them (W)</source>
        <translation>Señales de alarma, algunas urgentes: verlas (W)</translation>
    </message>
    <message>
        <source>Try the easier %s (E)</source>
        <translation>Probar la versión más fácil: %s (E)</translation>
    </message>
    <message>
        <source>Your pain is high.</source>
        <translation>Su dolor es alto.</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Sesión terminada antes de tiempo</translation>
    </message>
    <message>
        <source>You exercised for %s.</source>
        <translation>Ha hecho ejercicio durante %s.</translation>
    </message>
    <message>
        <source>done: %d</source>
        <translation>hechos: %d</translation>
    </message>
    <message>
        <source>partly done: %d</source>
        <translation>hechos en parte: %d</translation>
    </message>
    <message>
        <source>not done: %d</source>
        <translation>no hechos: %d</translation>
    </message>
    <message>
        <source>skipped: %d</source>
        <translation>saltados: %d</translation>
    </message>
    <message>
        <source>Exercises (%d in the routine): %s</source>
        <translation>Ejercicios (%d en la rutina): %s</translation>
    </message>
    <message>
        <source>Pain before: %d → after: %d</source>
        <translation>Dolor antes: %d → después: %d</translation>
    </message>
    <message>
        <source>Highest during: %d</source>
        <translation>Máximo durante la sesión: %d</translation>
    </message>
    <message>
        <source>Breaks for a pain rise: %d</source>
        <translation>Descansos por subida del dolor: %d</translation>
    </message>
    <message>
        <source>Pain %d</source>
        <translation>Dolor %d</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%d minutes</source>
        <translation>%d minutos</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rest, then rate again</source>
        <translation>Descanse y vuelva a puntuar</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now?</source>
        <translation>Antes de empezar: ¿cuánto le duele la espalda ahora mismo?</translation>
    </message>
    <message>
        <source>How is your pain before this exercise?</source>
        <translation>¿Cómo está su dolor antes de este ejercicio?</translation>
    </message>
    <message>
        <source>Quick check: how is your pain now?</source>
        <translation>Comprobación rápida: ¿cómo está su dolor ahora?</translation>
    </message>
    <message>
        <source>After your rest: how is your pain now?</source>
        <translation>Tras el descanso: ¿cómo está su dolor ahora?</translation>
    </message>
    <message>
        <source>All done. How is your pain now?</source>
        <translation>Ha terminado. ¿Cómo está su dolor ahora?</translation>
    </message>
    <message>
        <source>Session ended early. How is your pain now?</source>
        <translation>Sesión terminada antes de tiempo. ¿Cómo está su dolor ahora?</translation>
    </message>
    <message>
        <source>Space pause · ← back · → skip · Enter done · M more time · 0–9 or + rate · Esc end · F11 full screen</source>
        <translation>Espacio pausa · ← atrás · → saltar · Intro hecho · M más tiempo · 0–9 o + puntuar · Esc terminar · F11 pantalla completa</translation>
    </message>
    <message>
        <source>Some pain while exercising is normal and does not mean you are harming your back.</source>
        <translation>Algo de dolor al hacer ejercicio es normal y no significa que se esté haciendo daño en la espalda.</translation>
    </message>
    <message>
        <source>Feeling a bit sore for a day or two after new exercise is normal; it fades as your body gets used to it.</source>
        <translation>Tener algunas agujetas uno o dos días después de un ejercicio nuevo es normal; desaparecen a medida que el cuerpo se acostumbra.</translation>
    </message>
    <message>
        <source>Doing a little most days matters more than which exercises you choose.</source>
        <translation>Hacer un poco casi todos los días importa más que qué ejercicios elija.</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Colóquese en posición</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
</context>
<context>
    <name>SessionSafety</name>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%d points</source>
        <translation>%d puntos</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst you can imagine. This is your starting point for today: if your pain rises %s above it, BackCoach will suggest a break.</source>
        <translation>0 significa sin dolor y 10 el peor dolor imaginable. Este es su punto de partida de hoy: si su dolor sube %s por encima, BackCoach le propondrá un descanso.</translation>
    </message>
    <message>
        <source>Your pain is still %d after resting, against %d when you started. It has not settled, so the best choice now is to stop for today. Gentle moving about, like a short walk, is still good for your back.</source>
        <translation>Su dolor sigue en %d después de descansar, frente a %d al empezar. No se ha calmado, así que lo mejor ahora es parar por hoy. Moverse con suavidad, como dar un paseo corto, sigue siendo bueno para su espalda.</translation>
    </message>
    <message>
        <source>Your pain is still %d after resting, against %d when you started. You can rest a little longer, try an easier exercise, skip this one or stop for today.</source>
        <translation>Su dolor sigue en %d después de descansar, frente a %d al empezar. Puede descansar un poco más, probar un ejercicio más fácil, saltar este o parar por hoy.</translation>
    </message>
    <message>
        <source>Today you started with high pain, so any rise above it calls for a break.</source>
        <translation>Hoy ha empezado con un dolor alto, así que cualquier subida pide un descanso.</translation>
    </message>
    <message>
        <source>That is a rise of %s or more, so it is a good moment to stop and let it settle.</source>
        <translation>Es una subida de %s o más, así que es buen momento para parar y dejar que se calme.</translation>
    </message>
    <message>
        <source>Your pain is %d now, and it was %d when you started.</source>
        <translation>Su dolor está ahora en %d y estaba en %d al empezar.</translation>
    </message>
    <message>
        <source>Your pain went from %d when you started to %d during %s.</source>
        <translation>Su dolor ha pasado de %d al empezar a %d durante «%s».</translation>
    </message>
    <message>
        <source>Pain during exercise does not mean you have harmed your back.</source>
        <translation>Sentir dolor durante el ejercicio no significa que se haya dañado la espalda.</translation>
    </message>
    <message>
        <source>Your pain is higher now than when you started. Some soreness for a day or two after exercise is normal. Tomorrow morning, check that your back is back to its usual level; if it is worse than before today&apos;s session, make the next session lighter: fewer sets, shorter holds or the easier version.</source>
        <translation>Su dolor es ahora más alto que al empezar. Tener algunas agujetas uno o dos días después del ejercicio es normal. Mañana por la mañana, compruebe que su espalda ha vuelto a su nivel de siempre; si está peor que antes de la sesión de hoy, haga la siguiente sesión más suave: menos series, mantener menos tiempo o la versión más fácil.</translation>
    </message>
    <message>
        <source>Your pain is high today</source>
        <translation>Hoy su dolor es alto</translation>
    </message>
    <message>
        <source>Gentle session: movements only (Enter)</source>
        <translation>Sesión suave: solo movimientos (Intro)</translation>
    </message>
    <message>
        <source>The whole routine (F)</source>
        <translation>La rutina completa (F)</translation>
    </message>
    <message>
        <source>Not today (Esc)</source>
        <translation>Hoy no (Esc)</translation>
    </message>
    <message>
        <source>You rated your pain %d. From there, a rise of %s cannot be measured on the 0 to 10 scale, so the usual signal to take a break cannot work today.</source>
        <translation>Ha puntuado su dolor con %d. A partir de ahí, una subida de %s no se puede medir en la escala de 0 a 10, así que la señal habitual para descansar no puede funcionar hoy.</translation>
    </message>
    <message>
        <source>You rated your pain %d, which is already high.</source>
        <translation>Ha puntuado su dolor con %d, que ya es alto.</translation>
    </message>
    <message>
        <source>Keeping gently on the move helps a sore back. Today BackCoach will suggest a break at any rise above %d.</source>
        <translation>Seguir moviéndose con suavidad ayuda a una espalda dolorida. Hoy BackCoach le propondrá un descanso ante cualquier subida por encima de %d.</translation>
    </message>
    <message>
        <source>The gentle session keeps only your routine&apos;s movement exercises.</source>
        <translation>La sesión suave mantiene solo los ejercicios de movimiento de su rutina.</translation>
    </message>
    <message>
        <source>Go ahead only if none of these apply to you.</source>
        <translation>Siga solo si no tiene ninguna de estas señales.</translation>
    </message>
    <message>
        <source>Carry on gently (Enter)</source>
        <translation>Seguir con suavidad (Intro)</translation>
    </message>
</context>
<context>
    <name>SessionSound</name>
    <message>
        <source>%s. Get ready.</source>
        <translation>%s. Prepárese.</translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation>Prepárese.</translation>
    </message>
    <message>
        <source>Rate your pain now.</source>
        <translation>Puntúe su dolor ahora.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation>Muy bien. Sesión completada.</translation>
    </message>
    <message>
        <source>Rep %d of %d.</source>
        <translation>Repetición %d de %d.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>Los cambios se aplican al momento y se guardan en este ordenador.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light or dark colours, or the same as the rest of your computer.</source>
        <translation>Colores claros u oscuros, o los mismos que el resto de su ordenador.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Larger text everywhere, the exercise session too.</source>
        <translation>Texto más grande en todas partes, también durante la sesión.</translation>
    </message>
    <message>
        <source>Show still pictures instead of moving figures</source>
        <translation>Imágenes fijas en vez de figuras animadas</translation>
    </message>
    <message>
        <source>The exercise pictures stay still; steps are shown side by side.</source>
        <translation>Las imágenes de los ejercicios quedan fijas; los pasos se muestran uno al lado de otro.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of BackCoach&apos;s screens, exercises and report.</source>
        <translation>El idioma de las pantallas, los ejercicios y el informe de BackCoach.</translation>
    </message>
    <message>
        <source>Sounds and voice</source>
        <translation>Sonidos y voz</translation>
    </message>
    <message>
        <source>Play sounds during a session</source>
        <translation>Reproducir sonidos durante la sesión</translation>
    </message>
    <message>
        <source>Soft tones when a hold starts, at halfway, for rests and at the end.</source>
        <translation>Tonos suaves al empezar a mantener una postura, a mitad, en los descansos y al final.</translation>
    </message>
    <message>
        <source>Say the exercise names and prompts aloud</source>
        <translation>Leer en voz alta ejercicios e indicaciones</translation>
    </message>
    <message>
        <source>A voice tells you what comes next, so you can stay on the mat.</source>
        <translation>Una voz le dice lo que viene después, para que pueda quedarse en la esterilla.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are, from 0 to 100%.</source>
        <translation>El volumen de los sonidos y la voz, de 0 a 100 %.</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are: now %d%%.</source>
        <translation>El volumen de los sonidos y la voz: ahora %d %%.</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Sesiones de ejercicio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to get into position</source>
        <translation>Tiempo para colocarse</translation>
    </message>
    <message>
        <source>Seconds before each exercise starts, to get into position.</source>
        <translation>Segundos antes de empezar cada ejercicio, para colocarse en posición.</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Seconds of rest after each exercise; lowest: as each exercise says.</source>
        <translation>Segundos de descanso después de cada ejercicio; el mínimo: lo que indique cada ejercicio.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Suggest a break when pain rises by</source>
        <translation>Proponer un descanso si el dolor sube</translation>
    </message>
    <message>
        <source>The pain rise that pauses a session.</source>
        <translation>La subida del dolor que pone la sesión en pausa.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Minutes of exercise a day that Home counts toward.</source>
        <translation>Los minutos de ejercicio al día que Inicio cuenta para usted.</translation>
    </message>
    <message>
        <source>Suggest next steps on Home</source>
        <translation>Proponer siguientes pasos en Inicio</translation>
    </message>
    <message>
        <source>After a steady week, Home may offer one small step up, at most one a week; after a pain rise, an easier exercise. Turn this off to choose every change yourself.</source>
        <translation>Tras una semana constante, Inicio puede proponerle un pequeño paso más, como mucho uno por semana; tras una subida del dolor, un ejercicio más fácil. Desactívelo para decidir usted cada cambio.</translation>
    </message>
    <message>
        <source>%d%%</source>
        <comment>a volume in percent</comment>
        <translation>%d&#xa0;%%</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me to exercise</source>
        <translation>Recordarme hacer ejercicio</translation>
    </message>
    <message>
        <source>A message on your screen on the days and at the time below.</source>
        <translation>Un mensaje en su pantalla los días y a la hora de abajo.</translation>
    </message>
    <message>
        <source>Remind me on %s</source>
        <translation>Recordármelo el %s</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>The days to be reminded on.</source>
        <translation>Los días en que quiere un recordatorio.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>The time of the reminder.</source>
        <translation>La hora del recordatorio.</translation>
    </message>
    <message>
        <source>Keep BackCoach running when I close it</source>
        <translation>Mantener BackCoach abierto al cerrar la ventana</translation>
    </message>
    <message>
        <source>Reminders only come while BackCoach runs. With this on, closing the window leaves BackCoach in the notification area; quit from its icon there.</source>
        <translation>Los recordatorios solo llegan mientras BackCoach está abierto. Con esto activado, al cerrar la ventana BackCoach se queda en el área de notificaciones; ciérrelo desde su icono.</translation>
    </message>
    <message>
        <source>Start BackCoach when I log in</source>
        <translation>Abrir BackCoach al iniciar sesión</translation>
    </message>
    <message>
        <source>So reminders come without opening BackCoach yourself.</source>
        <translation>Así los recordatorios llegan sin tener que abrir BackCoach usted.</translation>
    </message>
    <message>
        <source>Add to my calendar…</source>
        <translation>Añadir a mi calendario…</translation>
    </message>
    <message>
        <source>Saves a calendar file with a weekly event on the chosen days and time. Open it with your calendar, which then reminds you even when BackCoach is closed.</source>
        <translation>Guarda un archivo de calendario con un evento semanal en los días y la hora elegidos. Ábralo con su calendario, que le avisará aunque BackCoach esté cerrado.</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Informe para su fisioterapeuta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Printed at the top of the report, so it is clear whose it is.</source>
        <translation>Se imprime al principio del informe, para que quede claro de quién es.</translation>
    </message>
    <message>
        <source>Printed at the top of the report. Leave it empty to print no name.</source>
        <translation>Se imprime al principio del informe. Déjelo vacío para no imprimir ningún nombre.</translation>
    </message>
    <message>
        <source>Write the report in English</source>
        <translation>Redactar el informe en inglés</translation>
    </message>
    <message>
        <source>For a physiotherapist who reads English. The screens stay in your language.</source>
        <translation>Para un fisioterapeuta que lee inglés. Las pantallas siguen en su idioma.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Everything BackCoach keeps is in this folder on your computer:</source>
        <translation>Todo lo que guarda BackCoach está en esta carpeta de su ordenador:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Muestra la carpeta de datos en su explorador de archivos.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Saves a copy of all your data beside it, in the backups folder.</source>
        <translation>Guarda una copia de todos sus datos al lado, en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore, export or import…</source>
        <translation>Restaurar, exportar o importar…</translation>
    </message>
    <message>
        <source>Opens the Your data screen: backups to restore, export and import.</source>
        <translation>Abre la pantalla Sus datos: copias para restaurar, exportar e importar.</translation>
    </message>
    <message>
        <source>Your computer did not allow this: %s</source>
        <translation>Su ordenador no lo ha permitido: %s</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Backup saved as %s.</source>
        <translation>Copia de seguridad guardada como %s.</translation>
    </message>
    <message>
        <source>The backup did not work: %s. Nothing of yours was changed.</source>
        <translation>La copia de seguridad no ha funcionado: %s. No se ha cambiado nada de lo suyo.</translation>
    </message>
    <message>
        <source>Choose at least one day first.</source>
        <translation>Elija primero al menos un día.</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Añadir a mi calendario</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Back exercises</source>
        <translation>Ejercicios para la espalda</translation>
    </message>
    <message>
        <source>Time for your back exercises with BackCoach. Even 15 minutes a day helps.</source>
        <translation>Es la hora de sus ejercicios para la espalda con BackCoach. Incluso 15 minutos al día ayudan.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %s.</source>
        <translation>No se ha podido guardar el archivo de calendario: %s.</translation>
    </message>
    <message>
        <source>Saved %s. Open it with your calendar app to add the weekly event.</source>
        <translation>Se ha guardado %s. Ábralo con su aplicación de calendario para añadir el evento semanal.</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Como el ordenador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Normal (100%)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <source>Large (125%)</source>
        <translation>Grande (125 %)</translation>
    </message>
    <message>
        <source>Larger (150%)</source>
        <translation>Más grande (150 %)</translation>
    </message>
    <message>
        <source>Largest (200%)</source>
        <translation>El más grande (200 %)</translation>
    </message>
    <message>
        <source>BackCoach suggests a break when your pain rises this many points above where you started. 2 is the usual choice: a smaller change can be chance (Childs et al., Spine 2005). Change it only if your physiotherapist suggests it.</source>
        <translation>BackCoach propone un descanso cuando su dolor sube este número de puntos por encima del inicial. 2 es lo habitual: un cambio menor puede deberse al azar (Childs et al., Spine 2005). Cámbielo solo si se lo aconseja su fisioterapeuta.</translation>
    </message>
    <message>
        <source>The clinic&apos;s article reports that about a quarter of an hour a day already helps low back pain, and that sticking to a regular schedule is what brings results.</source>
        <translation>El artículo de la clínica indica que un cuarto de hora al día ya ayuda con el dolor lumbar, y que la constancia es lo que da resultados.</translation>
    </message>
    <message>
        <source>As each exercise says</source>
        <translation>Lo que indique cada ejercicio</translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so BackCoach cannot keep running in the background: closing its window quits it, as usual. Reminders come only while BackCoach is open, as a flashing BackCoach button in your task bar. To be reminded when it is closed, use “Add to my calendar…” below.</source>
        <translation>Su escritorio no tiene área de notificaciones, así que BackCoach no puede seguir abierto en segundo plano: al cerrar su ventana se cierra, como siempre. Los recordatorios solo llegan con BackCoach abierto, como un botón de BackCoach que parpadea en la barra de tareas. Para recibir avisos con BackCoach cerrado, use «Añadir a mi calendario…» más abajo.</translation>
    </message>
    <message>
        <source>BackCoach found no speakers or headphones on this computer, so sounds and the voice are off for now. Plug some in or turn them on and this changes by itself; your choices are kept.</source>
        <translation>BackCoach no ha encontrado altavoces ni auriculares en este ordenador, así que los sonidos y la voz están desactivados por ahora. Conecte o encienda unos y esto cambiará solo; sus opciones se mantienen.</translation>
    </message>
    <message>
        <source>No voice is installed on this computer, so BackCoach plays soft tones instead of saying the prompts.</source>
        <translation>No hay ninguna voz instalada en este ordenador, así que BackCoach reproduce tonos suaves en lugar de decir las indicaciones.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, the speech-dispatcher and espeak-ng packages add one.</source>
        <translation>En Debian o Ubuntu, los paquetes speech-dispatcher y espeak-ng añaden una.</translation>
    </message>
    <message>
        <source>The new language applies the next time you open BackCoach: close it and open it again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abra BackCoach: ciérrelo y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your BackCoach data file %s was written by a newer version of BackCoach, which this version cannot read. The file was not opened and not changed. Please install the newer version of BackCoach again.</source>
        <translation>Su archivo de datos de BackCoach %s se guardó con una versión más reciente de BackCoach, que esta versión no sabe leer. El archivo no se ha abierto ni modificado. Vuelva a instalar la versión más reciente de BackCoach.</translation>
    </message>
    <message>
        <source>BackCoach is not allowed to read its data file %s. The file was not changed. Check the file&apos;s permissions, or ask whoever looks after this computer.</source>
        <translation>BackCoach no tiene permiso para leer su archivo de datos %s. El archivo no se ha modificado. Revise los permisos del archivo o pregunte a quien se ocupe de este ordenador.</translation>
    </message>
    <message>
        <source>BackCoach cannot read its data file %s. The file was not changed. The details below say why.</source>
        <translation>BackCoach no puede leer su archivo de datos %s. El archivo no se ha modificado. Los detalles de abajo explican el motivo.</translation>
    </message>
    <message>
        <source>BackCoach cannot start because a file it needs is damaged.</source>
        <translation>BackCoach no puede iniciarse porque un archivo que necesita está dañado.</translation>
    </message>
</context>
<context>
    <name>StorageWords</name>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se ha borrado nada.</translation>
    </message>
    <message>
        <source>No usable backup was found, so BackCoach started with an empty diary. Nothing was deleted: the old file may still be recoverable.</source>
        <translation>No se ha encontrado ninguna copia de seguridad válida, así que BackCoach ha empezado con un diario vacío. No se ha borrado nada: quizá aún se pueda recuperar el archivo anterior.</translation>
    </message>
    <message>
        <source>BackCoach could not read 1 record in your data file and set it aside; everything else was kept. That record is in %s, and the whole original file is kept unchanged as %s. Nothing was deleted.</source>
        <translation>BackCoach no ha podido leer 1 registro de su archivo de datos y lo ha apartado; todo lo demás se ha conservado. Ese registro está en %s, y el archivo original completo se guarda sin cambios como %s. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>BackCoach could not read %d records in your data file and set them aside; everything else was kept. Those records are in %s, and the whole original file is kept unchanged as %s. Nothing was deleted.</source>
        <translation>BackCoach no ha podido leer %d registros de su archivo de datos y los ha apartado; todo lo demás se ha conservado. Esos registros están en %s, y el archivo original completo se guarda sin cambios como %s. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Your BackCoach data was updated to the current format (version %d to %d). A copy of the old file is kept in %s.</source>
        <translation>Sus datos de BackCoach se han actualizado al formato actual (de la versión %d a la %d). Hay una copia del archivo anterior en %s.</translation>
    </message>
    <message>
        <source>BackCoach could not save your latest changes to %s: %s. They are kept while BackCoach stays open and saving is tried again every few seconds. Please do not close BackCoach until this message goes away.</source>
        <translation>BackCoach no ha podido guardar sus últimos cambios en %s: %s. Se conservan mientras BackCoach siga abierto, y vuelve a intentar guardarlos cada pocos segundos. Por favor, no cierre BackCoach hasta que desaparezca este mensaje.</translation>
    </message>
    <message>
        <source>BackCoach is saving again. Everything is saved to %s.</source>
        <translation>BackCoach vuelve a guardar con normalidad. Todo está guardado en %s.</translation>
    </message>
    <message>
        <source>BackCoach could not make today&apos;s backup in %s: %s. Your data itself is saved; the backup will be tried again.</source>
        <translation>BackCoach no ha podido hacer la copia de seguridad de hoy en %s: %s. Sus datos sí están guardados; se volverá a intentar la copia.</translation>
    </message>
    <message>
        <source>BackCoach could not read the whole of your data file %s. Nothing in it was changed, and BackCoach will not save anything until it is started again.</source>
        <translation>BackCoach no ha podido leer entero su archivo de datos %s. No se ha modificado nada en él, y BackCoach no guardará nada hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The unreadable BackCoach data file was put aside as %s.</source>
        <translation>El archivo de datos de BackCoach que no se podía leer se ha apartado como %s.</translation>
    </message>
    <message>
        <source>Your BackCoach data file was missing.</source>
        <translation>Faltaba su archivo de datos de BackCoach.</translation>
    </message>
    <message>
        <source>Your BackCoach data file was empty.</source>
        <translation>Su archivo de datos de BackCoach estaba vacío.</translation>
    </message>
    <message>
        <source>Your BackCoach data file could not be read: it is damaged or incomplete.</source>
        <translation>No se ha podido leer su archivo de datos de BackCoach: está dañado o incompleto.</translation>
    </message>
    <message>
        <source>It was put aside as %s.</source>
        <translation>Se ha apartado como %s.</translation>
    </message>
    <message>
        <source>It could not be moved aside (the folder cannot be written to); it will be moved aside before anything is saved.</source>
        <translation>No se ha podido apartar (no se puede escribir en la carpeta); se apartará antes de guardar nada.</translation>
    </message>
    <message>
        <source>The newest backup was restored.</source>
        <translation>Se ha recuperado la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was restored.</source>
        <translation>Se ha recuperado la copia de seguridad de hoy.</translation>
    </message>
    <message>
        <source>Yesterday&apos;s backup was restored.</source>
        <translation>Se ha recuperado la copia de seguridad de ayer.</translation>
    </message>
    <message>
        <source>The backup from %s was restored.</source>
        <translation>Se ha recuperado la copia de seguridad del %s.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>el disco o la carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>BackCoach is not allowed to write there</source>
        <translation>BackCoach no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>BackCoach could not read %s: %s. Nothing was changed.</source>
        <translation>BackCoach no ha podido leer %s: %s. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%s is not a BackCoach backup. BackCoach imports the JSON files it exports (the CSV export is for spreadsheets and cannot be imported). Nothing was changed.</source>
        <translation>%s no es una copia de seguridad de BackCoach. BackCoach importa los archivos JSON que él mismo exporta (la exportación CSV es para hojas de cálculo y no se puede importar). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%s was exported by a newer version of BackCoach (data format %d). Please update BackCoach to import it. Nothing was changed.</source>
        <translation>%s se exportó con una versión más reciente de BackCoach (formato de datos %d). Actualice BackCoach para poder importarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%s cannot be imported: it is not a BackCoach data file, or it is damaged. Nothing was changed.</source>
        <translation>%s no se puede importar: no es un archivo de datos de BackCoach o está dañado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%s cannot be imported because one of its records is not valid. Nothing was changed.</source>
        <translation>%s no se puede importar porque uno de sus registros no es válido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%s has records that cannot be read, and BackCoach could not keep them in %s (%s). Nothing was changed.</source>
        <translation>%s tiene registros que no se pueden leer, y BackCoach no ha podido guardarlos en %s (%s). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%d sessions</source>
        <translation>%d sesiones</translation>
    </message>
    <message>
        <source>1 morning check-in</source>
        <translation>1 control de la mañana</translation>
    </message>
    <message>
        <source>%d morning check-ins</source>
        <translation>%d controles de la mañana</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message>
        <source>%d activities</source>
        <translation>%d actividades</translation>
    </message>
    <message>
        <source>1 routine</source>
        <translation>1 rutina</translation>
    </message>
    <message>
        <source>%d routines</source>
        <translation>%d rutinas</translation>
    </message>
    <message>
        <source>1 favourite</source>
        <translation>1 favorito</translation>
    </message>
    <message>
        <source>%d favourites</source>
        <translation>%d favoritos</translation>
    </message>
    <message>
        <source>1 setting</source>
        <translation>1 ajuste</translation>
    </message>
    <message>
        <source>%d settings</source>
        <translation>%d ajustes</translation>
    </message>
    <message>
        <source>1 rating of your activities</source>
        <translation>1 puntuación de sus actividades</translation>
    </message>
    <message>
        <source>%d ratings of your activities</source>
        <translation>%d puntuaciones de sus actividades</translation>
    </message>
    <message>
        <source>%s and %s</source>
        <translation>%s y %s</translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation>Se han añadido %s.</translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>No había nada nuevo que añadir.</translation>
    </message>
    <message>
        <source>1 record was already here.</source>
        <translation>1 registro ya estaba aquí.</translation>
    </message>
    <message>
        <source>%d records were already here.</source>
        <translation>%d registros ya estaban aquí.</translation>
    </message>
    <message>
        <source>1 record differed from yours; yours was kept.</source>
        <translation>1 registro era distinto del suyo; se ha conservado el suyo.</translation>
    </message>
    <message>
        <source>%d records differed from yours; yours were kept.</source>
        <translation>%d registros eran distintos de los suyos; se han conservado los suyos.</translation>
    </message>
    <message>
        <source>1 record of the file could not be read and was not imported; it is kept in %s.</source>
        <translation>1 registro del archivo no se ha podido leer y no se ha importado; está guardado en %s.</translation>
    </message>
    <message>
        <source>%d records of the file could not be read and were not imported; they are kept in %s.</source>
        <translation>%d registros del archivo no se han podido leer y no se han importado; están guardados en %s.</translation>
    </message>
    <message>
        <source>That did not work, and nothing of yours was changed.</source>
        <translation>No ha funcionado, y no se ha cambiado nada de sus datos.</translation>
    </message>
    <message>
        <source>%s The details (in English): %s</source>
        <translation>%s Los detalles (en inglés): %s</translation>
    </message>
    <message>
        <source>BackCoach could not write a backup to %s: %s.</source>
        <translation>BackCoach no pudo escribir una copia de seguridad en %s: %s.</translation>
    </message>
    <message>
        <source>BackCoach could not read the backup %s: %s. Nothing was changed.</source>
        <translation>BackCoach no pudo leer la copia de seguridad %s: %s. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup %s cannot be used: it is damaged, or it was made by a newer version of BackCoach. Nothing was changed.</source>
        <translation>La copia de seguridad %s no se puede usar: está dañada o la hizo una versión más reciente de BackCoach. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>BackCoach could not keep a copy of your current data before restoring (%s), so nothing was changed.</source>
        <translation>BackCoach no pudo guardar una copia de sus datos actuales antes de restaurar (%s), así que no se ha cambiado nada.</translation>
    </message>
</context>
</TS>
